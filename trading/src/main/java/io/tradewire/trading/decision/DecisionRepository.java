package io.tradewire.trading.decision;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DecisionRepository extends CrudRepository<Decision, Long> {
    List<Decision> findBySignalIdOrderById(Long signalId);

    List<Decision> findBySignalIdAndSubscriberIdOrderById(Long signalId, Long subscriberId);

    /** Entries a follow has ordered since a moment (follow-ups that close do not count). */
    @io.micronaut.data.annotation.Query(value = """
            select count(*) from decisions d join signals s on s.id = d.signal_id
            where d.follow_id = :followId and d.outcome = 'ORDERED' and s.kind = 'OPEN' and d.created_at >= :since""",
            nativeQuery = true)
    long countEntriesSince(Long followId, java.time.Instant since);

    @io.micronaut.data.annotation.Query(value = "select follow_id from decisions where signal_id = :signalId",
            nativeQuery = true)
    List<Long> findFollowIds(Long signalId);
}
