package io.tradewire.trading.venue.keys;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The sealed credentials, one row per exchange account. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredKeyRepository extends CrudRepository<StoredKey, Long> {
    List<StoredKey> findAllOrderByAccountId();
}
