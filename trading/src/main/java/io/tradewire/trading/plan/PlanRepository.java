package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanRepository extends CrudRepository<OrderPlan, Long> {

    /** Locks the plan: everything that changes a plan's legs holds this lock first. */
    @Query(value = "select * from order_plans where id = :id for update", nativeQuery = true)
    Optional<OrderPlan> lock(Long id);

    Optional<OrderPlan> findBySignalIdAndAccountId(Long signalId, Long accountId);

    List<OrderPlan> findBySignalIdOrderById(Long signalId);

    @Query(value = "select id from order_plans where symbol = :symbol and status = 'OPEN' order by id",
            nativeQuery = true)
    List<Long> findOpenIds(String symbol);

    @Query(value = """
            select id from order_plans where account_id = :accountId and symbol = :symbol and status = 'OPEN'
            order by id""", nativeQuery = true)
    List<Long> findOpenIds(Long accountId, String symbol);

    @Query(value = "select id from order_plans where account_id = :accountId and status = 'OPEN' order by id",
            nativeQuery = true)
    List<Long> findOpenIdsOfAccount(Long accountId);

    @Query(value = "update order_plans set stop_price = :stop, updated_at = :at where id = :id", nativeQuery = true)
    void setStop(Long id, @Nullable BigDecimal stop, Instant at);

    @Query(value = "update order_plans set signal_stop = :stop, updated_at = :at where id = :id", nativeQuery = true)
    void setSignalStop(Long id, @Nullable BigDecimal stop, Instant at);

    @Query(value = "update order_plans set best_price = :best, updated_at = :at where id = :id", nativeQuery = true)
    void setBest(Long id, BigDecimal best, Instant at);

    @Query(value = """
            update order_plans set status = 'DONE', status_reason = :reason, updated_at = :at
            where id = :id""", nativeQuery = true)
    void markDone(Long id, String reason, Instant at);

    /** What a plan's legs have filled: entries bought (and at what cost) and exits sold, or the reverse. */
    @Query(value = """
            select coalesce(sum(f.quantity) filter (where o.intent = 'OPEN'), 0) as entry_filled,
                   coalesce(sum(f.quantity * f.price) filter (where o.intent = 'OPEN'), 0) as entry_cost,
                   coalesce(sum(f.quantity) filter (where o.intent = 'CLOSE'), 0) as exit_filled
            from orders o join fills f on f.order_id = o.id where o.plan_id = :planId""", nativeQuery = true)
    Filled filled(Long planId);

    /** Filled quantity per order of a plan (an order with no fill is absent). */
    @Query(value = """
            select o.id as order_id, sum(f.quantity) as quantity from orders o join fills f on f.order_id = o.id
            where o.plan_id = :planId group by o.id""", nativeQuery = true)
    List<LegFill> legFills(Long planId);
}
