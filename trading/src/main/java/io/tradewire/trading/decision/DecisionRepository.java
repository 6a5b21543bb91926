package io.tradewire.trading.decision;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DecisionRepository extends CrudRepository<Decision, Long> {
    List<Decision> findBySignalIdOrderById(Long signalId);

    List<Decision> findBySignalIdAndSubscriberIdOrderById(Long signalId, Long subscriberId);
}
