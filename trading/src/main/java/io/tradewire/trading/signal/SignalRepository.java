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
    Optional<StoredSignal> findByInboxMessageId(Long inboxMessageId);

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

    @Query(value = "update signals set routed = true where id = :id", nativeQuery = true)
    void markRouted(Long id);
}
