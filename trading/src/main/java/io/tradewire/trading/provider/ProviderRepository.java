package io.tradewire.trading.provider;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProviderRepository extends CrudRepository<Provider, Long> {
    Optional<Provider> findBySourceAndChannel(Source source, String channel);
}
