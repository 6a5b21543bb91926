package io.tradewire.trading.follow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SubscriberDefaultsRepository extends CrudRepository<SubscriberDefaults, Long> {

    java.util.List<SubscriberDefaults> findBySubscriberIdIn(java.util.List<Long> subscriberIds);
}
