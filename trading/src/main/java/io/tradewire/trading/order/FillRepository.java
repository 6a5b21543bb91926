package io.tradewire.trading.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FillRepository extends CrudRepository<Fill, Long> {
    List<Fill> findByOrderId(Long orderId);

    /** The provider's closed trades: each close follow-up's realised P&L, summed over its orders. */
    @Query(value = """
            select count(*) filter (where pnl > 0) as wins, count(*) filter (where pnl < 0) as losses,
                   coalesce(avg(pnl) filter (where pnl > 0), 0) as avg_win,
                   coalesce(-avg(pnl) filter (where pnl < 0), 0) as avg_loss
            from (select o.signal_id, sum(f.realized_pnl) as pnl
                  from orders o join fills f on f.order_id = o.id join signals s on s.id = o.signal_id
                  where s.provider_id = :providerId and o.intent = 'CLOSE'
                  group by o.signal_id) trades""", nativeQuery = true)
    io.tradewire.trading.sizing.ProviderRecord providerRecord(Long providerId);

    /** Realised P&L less fees of an account's fills since a moment (negative: a loss). */
    @Query(value = """
            select coalesce(sum(f.realized_pnl - f.fee), 0) from fills f join orders o on o.id = f.order_id
            where o.account_id = :accountId and f.filled_at >= :since""", nativeQuery = true)
    java.math.BigDecimal resultSince(Long accountId, java.time.Instant since);

    @Query(value = """
            select f.* from fills f join orders o on o.id = f.order_id
            where o.client_order_id = :clientOrderId order by f.id limit 1""", nativeQuery = true)
    Optional<Fill> findFirstByClientOrderId(String clientOrderId);
}
