package io.tradewire.trading.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VenueAccountRepository extends CrudRepository<VenueAccount, Long> {
    List<VenueAccount> findBySubscriberIdOrderById(Long subscriberId);

    List<VenueAccount> findByIdIn(List<Long> ids);

    Optional<VenueAccount> findBySubscriberIdAndLabel(Long subscriberId, String label);

    @Query(value = "update venue_accounts set cash = cash + :delta, peak_cash = greatest(peak_cash, cash + :delta)"
            + " where id = :id", nativeQuery = true)
    void addCash(Long id, BigDecimal delta);

    /** One more venue error in a row on this account. */
    @Query(value = "update venue_accounts set consecutive_errors = consecutive_errors + 1 where id = :id",
            nativeQuery = true)
    void countError(Long id);

    @Query(value = "select consecutive_errors from venue_accounts where id = :id", nativeQuery = true)
    int consecutiveErrors(Long id);

    /** A venue call worked: the run of errors is over. */
    @Query(value = "update venue_accounts set consecutive_errors = 0 where id = :id and consecutive_errors <> 0",
            nativeQuery = true)
    void clearErrors(Long id);

    /** Disables the account with the reason; 0 when it already was. */
    @Query(value = "update venue_accounts set disabled = true, disabled_reason = :reason where id = :id and not disabled",
            nativeQuery = true)
    int disable(Long id, String reason);

    /** Enables the account again and forgets its errors; 0 when it was not disabled. */
    @Query(value = """
            update venue_accounts set disabled = false, disabled_reason = null, consecutive_errors = 0
            where id = :id and disabled""", nativeQuery = true)
    int enable(Long id);

    @Query(value = "select disabled_reason from venue_accounts where id = :id", nativeQuery = true)
    Optional<String> disabledReason(Long id);
}
