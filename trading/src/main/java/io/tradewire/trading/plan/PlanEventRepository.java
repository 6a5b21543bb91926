package io.tradewire.trading.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanEventRepository extends CrudRepository<PlanEvent, Long> {
    List<PlanEvent> findByPlanIdOrderById(Long planId);

    /** Events of the plans a signal made, and events a signal (a follow-up or an edit) caused. */
    @Query(value = """
            select e.id, e.plan_id, p.account_id, p.signal_id as plan_signal_id, e.signal_id, e.kind, e.reason,
                   e.created_at
            from plan_events e join order_plans p on p.id = e.plan_id
            where p.signal_id = :signalId or e.signal_id = :signalId order by e.id""", nativeQuery = true)
    List<PlanNote> notesForSignal(Long signalId);
}
