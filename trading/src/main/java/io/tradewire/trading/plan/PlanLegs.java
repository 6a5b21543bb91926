package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.order.Order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The plan's view of {@code orders}: its legs, and the few changes a plan makes to them. Every
 * change to a leg is made under a {@code for update skip locked} lock on its row, so a leg a
 * worker is sending (or a venue report is booking) right now is left to that worker.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanLegs extends GenericRepository<Order, Long> {

    Optional<Order> findById(Long id);

    List<Order> findByPlanIdOrderById(Long planId);

    @Query(value = "select * from orders where id = :id for update skip locked", nativeQuery = true)
    Optional<Order> lock(Long id);

    /** Armed watched exits of a symbol (locked rows are skipped: someone is firing them already). */
    @Query(value = """
            select * from orders where symbol = :symbol and status = 'WATCHING' and armed
              and trigger_price is not null and plan_id is not null
            order by id for update skip locked""", nativeQuery = true)
    List<Order> lockArmedWatching(String symbol);

    @Query(value = """
            update orders set quantity = :quantity, limit_price = :limitPrice, trigger_price = :triggerPrice,
                   status = :status, armed = :armed, status_reason = :reason, updated_at = :at
            where id = :id""", nativeQuery = true)
    void update(Long id, BigDecimal quantity, @Nullable BigDecimal limitPrice, @Nullable BigDecimal triggerPrice,
                String status, boolean armed, @Nullable String reason, Instant at);

    /** A watched exit fires: it becomes a market order due now, at the price that crossed it. */
    @Query(value = """
            update orders set type = 'MARKET', status = 'NEW', limit_price = null, reference_price = :price,
                   status_reason = :reason, updated_at = :at
            where id = :id""", nativeQuery = true)
    void fire(Long id, BigDecimal price, String reason, Instant at);

    @Query(value = """
            update orders set status = 'CANCELLED', status_reason = :reason, updated_at = :at
            where id = :id""", nativeQuery = true)
    void cancel(Long id, String reason, Instant at);
}
