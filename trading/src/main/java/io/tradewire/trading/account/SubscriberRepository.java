package io.tradewire.trading.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SubscriberRepository extends CrudRepository<Subscriber, Long> {
    Optional<Subscriber> findByName(String name);

    java.util.List<Subscriber> findByIdIn(java.util.List<Long> ids);
}
