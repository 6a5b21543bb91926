package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.order.Fill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The rows results are computed from; read-only, straight from the existing tables (no table of its own). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatsRepository extends GenericRepository<Fill, Long> {

    /**
     * Every fill of the accounts, in the order they were booked onto positions (fill id), with what
     * opened it: the follow of the order's decision (none for an emergency stop) and the stop loss
     * of the order's signal.
     */
    @Query(value = """
            select f.id as fill_id, o.account_id, a.subscriber_id, o.symbol, o.side, o.intent, f.quantity, f.price,
                   f.fee, f.realized_pnl, f.filled_at, d.follow_id,
                   coalesce(fo.provider_id, s.provider_id) as provider_id, s.stop_loss
            from fills f
                join orders o on o.id = f.order_id
                join venue_accounts a on a.id = o.account_id
                left join decisions d on d.id = o.decision_id
                left join follows fo on fo.id = d.follow_id
                left join signals s on s.id = o.signal_id
            where o.account_id in (:accountIds)
            order by f.id""", nativeQuery = true)
    List<FillRow> fillsOfAccounts(Collection<Long> accountIds);

    /**
     * What each account held before any fill: its cash now less the net result of all its fills
     * (cash moves only by fills, see PositionBook), so no column has to remember it.
     */
    @Query(value = """
            select a.id as account_id, a.cash - coalesce(sum(f.realized_pnl - f.fee), 0) as starting_balance
            from venue_accounts a
                left join orders o on o.account_id = a.id
                left join fills f on f.order_id = o.id
            where a.id in (:accountIds)
            group by a.id, a.cash""", nativeQuery = true)
    List<StartingBalance> startingBalances(Collection<Long> accountIds);

    @Query(value = """
            select f.id as follow_id, f.subscriber_id, f.provider_id, p.name as provider, f.account_id, f.active
            from follows f join providers p on p.id = f.provider_id
            where f.provider_id = :providerId order by f.id""", nativeQuery = true)
    List<FollowRow> followsOfProvider(Long providerId);

    @Query(value = """
            select f.id as follow_id, f.subscriber_id, f.provider_id, p.name as provider, f.account_id, f.active
            from follows f join providers p on p.id = f.provider_id
            where f.subscriber_id = :subscriberId order by f.id""", nativeQuery = true)
    List<FollowRow> followsOfSubscriber(Long subscriberId);

    /** Fees paid per account and symbol over all fills: the same span as a position's realised P&amp;L. */
    @Query(value = """
            select o.account_id, o.symbol, sum(f.fee) as fees
            from fills f join orders o on o.id = f.order_id
            where o.account_id in (:accountIds)
            group by o.account_id, o.symbol""", nativeQuery = true)
    List<SymbolFees> feesOfAccounts(Collection<Long> accountIds);

    @Introspected
    record FillRow(long fillId, Long accountId, Long subscriberId, String symbol, String side, String intent,
                   BigDecimal quantity, BigDecimal price, BigDecimal fee, BigDecimal realizedPnl, Instant filledAt,
                   @Nullable Long followId, @Nullable Long providerId, @Nullable BigDecimal stopLoss) {
        boolean buy() {
            return "BUY".equals(side);
        }
    }

    @Introspected
    record StartingBalance(Long accountId, BigDecimal startingBalance) {
    }

    @Introspected
    record FollowRow(Long followId, Long subscriberId, Long providerId, String provider, Long accountId,
                     boolean active) {
    }

    @Introspected
    record SymbolFees(Long accountId, String symbol, BigDecimal fees) {
    }
}
