package io.tradewire.trading.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SignalRepository extends CrudRepository<StoredSignal, Long> {
    List<StoredSignal> findByInboxMessageIdOrderByOrdinal(Long inboxMessageId);

    List<StoredSignal> findByRoutedOrderById(boolean routed);

    /** The provider's latest open signal on a symbol (or on any symbol when it is null). */
    @Query(value = """
            select * from signals
            where provider_id = :providerId and kind = 'OPEN' and (cast(:symbol as text) is null or symbol = :symbol)
            order by id desc limit 1""", nativeQuery = true)
    Optional<StoredSignal> findLatestOpen(Long providerId, @Nullable String symbol);

    /** The newest price any signal named for a symbol: the paper venue's fallback without a ticker. */
    @Query(value = """
            select coalesce(entry, (entry_low + entry_high) / 2, entry_low, entry_high) from signals
            where symbol = :symbol and kind = 'OPEN'
              and coalesce(entry, entry_low, entry_high) is not null
            order by id desc limit 1""", nativeQuery = true)
    Optional<BigDecimal> findLatestNamedPrice(String symbol);

    /** Locks the signal so one router at a time decides for it. */
    @Query(value = "select * from signals where id = :id for update", nativeQuery = true)
    Optional<StoredSignal> lock(Long id);

    @Query(value = "update signals set routed = true, routed_at = :at where id = :id", nativeQuery = true)
    void markRouted(Long id, java.time.Instant at);

    /** Phase times of one signal, from its message's arrival to its first fill. */
    @Query(value = """
            select m.received_at, s.created_at as parsed_at,
                   coalesce((select max(d.created_at) from decisions d where d.signal_id = s.id), s.routed_at)
                     as decided_at,
                   s.routed_at as persisted_at,
                   (select min(o.sent_at) from orders o where o.signal_id = s.id) as first_order_sent_at,
                   (select max(o.sent_at) from orders o where o.signal_id = s.id) as last_order_sent_at,
                   (select min(f.filled_at) from fills f join orders o on o.id = f.order_id
                     where o.signal_id = s.id) as first_fill_at
            from signals s join inbox_messages m on m.id = s.inbox_message_id where s.id = :id""",
            nativeQuery = true)
    Optional<SignalTiming> timing(Long id);
}
