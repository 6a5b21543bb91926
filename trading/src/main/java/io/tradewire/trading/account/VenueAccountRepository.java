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

    Optional<VenueAccount> findBySubscriberIdAndLabel(Long subscriberId, String label);

    @Query(value = "update venue_accounts set cash = cash + :delta, peak_cash = greatest(peak_cash, cash + :delta)"
            + " where id = :id", nativeQuery = true)
    void addCash(Long id, BigDecimal delta);
}
