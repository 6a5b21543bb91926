package io.tradewire.trading.plan;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderExecutor;
import io.tradewire.trading.price.PriceTick;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static io.tradewire.trading.plan.PlanBuilder.plain;

/**
 * The engine's price watcher. On every new price: trailing stops follow it (native ones amended
 * on the venue, watched ones in place), then every armed watched exit the price crosses fires:
 * it becomes a NEW market order, committed, then sent. A stop fires when the price reaches it
 * (at or below a long's, at or above a short's), a target likewise from the other side.
 */
@Singleton
class PriceWatcher implements ApplicationEventListener<PriceTick> {
    private static final Logger LOG = LoggerFactory.getLogger(PriceWatcher.class);

    private final PlanRepository plans;
    private final PlanLegs legs;
    private final PlanEngine engine;
    private final OrderExecutor executor;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    PriceWatcher(PlanRepository plans, PlanLegs legs, PlanEngine engine, OrderExecutor executor,
                 TransactionOperations<Connection> tx, Clock clock) {
        this.plans = plans;
        this.legs = legs;
        this.engine = engine;
        this.executor = executor;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(PriceTick tick) {
        for (Long planId : tx.executeRead(s -> plans.findOpenIds(tick.symbol()))) {
            try {
                tx.executeWrite(s -> {
                    plans.lock(planId).filter(p -> p.trailingStop() != null).ifPresent(p -> trail(p, tick.price()));
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("trailing stop of plan {} not moved at {} {}", planId, tick.symbol(), tick.price(), e);
            }
        }
        List<Long> fired = tx.executeWrite(s -> fire(tick));
        for (Long id : fired) {
            executor.execute(id);
        }
    }

    /** A new price for a plan with a trailing stop: the best price moves on, the stop follows, never back. */
    private void trail(OrderPlan plan, BigDecimal price) {
        var trailing = plan.trailing();
        Filled filled = plans.filled(plan.id());
        if (trailing == null || plan.status() != PlanStatus.OPEN || engine.held(plan, filled).signum() == 0) {
            return;
        }
        BigDecimal best = plan.bestPrice();
        if (plan.better(price, best)) {
            best = price;
            plans.setBest(plan.id(), best, clock.instant());
        }
        BigDecimal candidate = engine.trailFrom(plan, best);
        if (plan.tighter(candidate, plan.stopPrice())) {
            engine.moveStop(plan, candidate, null, "trailing", "trailing stop " + trailing + " behind the best price "
                    + plain(best) + ": stop moved from " + plain(plan.stopPrice()) + " to " + plain(candidate));
        }
    }

    private List<Long> fire(PriceTick tick) {
        List<Long> fired = new ArrayList<>();
        for (Order leg : legs.lockArmedWatching(tick.symbol())) {
            if (crossed(leg, tick.price())) {
                String what = leg.type() == OrderType.STOP ? "stop " : "target ";
                String reason = leg.leg() + ": " + what + plain(leg.triggerPrice()) + " crossed at "
                        + plain(tick.price()) + ", sent at market by Tradewire";
                legs.fire(leg.id(), tick.price(), reason, clock.instant());
                plans.findById(leg.planId()).ifPresent(plan -> engine.event(plan, null, "fired", reason));
                fired.add(leg.id());
                LOG.info("watched exit fired order={} plan={} leg={} trigger={} price={}", leg.id(), leg.planId(),
                        leg.leg(), leg.triggerPrice(), tick.price());
            }
        }
        return fired;
    }

    static boolean crossed(Order leg, BigDecimal price) {
        int c = price.compareTo(leg.triggerPrice());
        boolean sells = leg.side() == Side.SELL;
        return leg.type() == OrderType.STOP ? (sells ? c <= 0 : c >= 0) : (sells ? c >= 0 : c <= 0);
    }
}
