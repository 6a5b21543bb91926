package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.order.ClientOrderIds;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.order.OrderOrigin;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.order.OrderStatus;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order plans' port for the rest of the engine: store a decided plan, read what a plan
 * holds, and the changes follow-ups and edits make to one. Every method runs in the caller's
 * transaction; every change locks the plan first.
 */
@Singleton
public class Plans {
    /** Why an exit leg has not been armed yet. */
    static final String WAITING = "waits for an entry to fill";

    private final PlanRepository plans;
    private final PlanEventRepository events;
    private final PlanEngine engine;
    private final PlanEdits edits;
    private final OrderRepository orders;
    private final Clock clock;

    Plans(PlanRepository plans, PlanEventRepository events, PlanEngine engine, PlanEdits edits,
          OrderRepository orders, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.engine = engine;
        this.edits = edits;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Stores a decided plan: entries as NEW orders (due to be sent), exits as WATCHING orders not
     * yet armed (an entry's fill arms them).
     */
    public OrderPlan store(PlanSpec spec, Long decisionId, StoredSignal signal, Follow follow, VenueAccount account) {
        Instant now = clock.instant();
        OrderPlan plan = plans.save(new OrderPlan(null, decisionId, signal.id(), follow.id(), account.id(),
                spec.symbol(), spec.side(), spec.quantity(), spec.entryMode(), spec.tpSplit(), spec.tpWeights(),
                spec.exits(), spec.stop(), spec.stop(), spec.breakevenAfterTp(),
                spec.trailingStop() == null ? null : spec.trailingStop().toString(), null, PlanStatus.OPEN, null,
                now, now));
        for (PlanSpec.Leg leg : spec.legs()) {
            String id = ClientOrderIds.of(signal.id(), follow.id(), leg.name());
            orders.save(leg.isEntry()
                    ? new Order(null, decisionId, signal.id(), account.id(), id, account.venue().name(), spec.symbol(),
                    leg.side(), leg.type(), OrderIntent.OPEN, leg.quantity(), leg.price(), leg.referencePrice(),
                    OrderStatus.NEW, null, null, 0, now, now, OrderOrigin.SIGNAL, plan.id(), leg.name(), null, false)
                    : new Order(null, decisionId, signal.id(), account.id(), id, account.venue().name(), spec.symbol(),
                    leg.side(), leg.type(), OrderIntent.CLOSE, leg.quantity(), null, null, OrderStatus.WATCHING,
                    WAITING, null, 0, now, now, OrderOrigin.SIGNAL, plan.id(), leg.name(), leg.price(), false));
        }
        return plan;
    }

    /** What the plan a signal made on an account holds now; empty when it made none there. */
    public Optional<Holding> holding(Long signalId, Long accountId) {
        return plans.findBySignalIdAndAccountId(signalId, accountId).map(plan -> {
            Filled filled = plans.filled(plan.id());
            long pending = engine.live(plan, null).stream().filter(o -> o.intent() == OrderIntent.OPEN).count();
            return new Holding(plan.id(), plan.symbol(), plan.side(), engine.held(plan, filled),
                    filled.entryFilled(), filled.averageEntry(), plan.stopPrice(), plan.breakevenAfterTp(),
                    plan.status() == PlanStatus.DONE, (int) pending);
        });
    }

    /**
     * Cancels the plan's entries not yet filled (NEW in place, resting ones on the venue). With no
     * entry filled at all, the exits waiting for them go too and the plan is done.
     */
    public String cancelPendingEntries(Long planId, Long signalId, String why) {
        OrderPlan plan = plans.lock(planId).orElseThrow();
        Filled filled = plans.filled(planId);
        if (filled.entryFilled().signum() == 0) {
            engine.finish(plan, signalId, why + ": no entry had filled, so every order of the plan is cancelled");
            return why + ": all pending orders cancelled";
        }
        List<String> cancelled = new ArrayList<>();
        for (Order leg : engine.live(plan, null)) {
            if (leg.intent() == OrderIntent.OPEN) {
                engine.cancel(plan, leg, why);
                cancelled.add(leg.leg());
            }
        }
        String reason = why + ": " + (cancelled.isEmpty() ? "no entry was pending"
                : "cancelled " + String.join(", ", cancelled)) + "; the exits keep covering the "
                + PlanBuilder.plain(engine.held(plan, filled)) + " held";
        engine.event(plan, signalId, "cancel_entries", reason);
        return reason;
    }

    /** Ends a plan that holds nothing: every order of it not filled is cancelled. */
    public void finish(Long planId, Long signalId, String why) {
        engine.finish(plans.lock(planId).orElseThrow(), signalId, why);
    }

    /**
     * Ends every open plan of an account (an emergency stop): each unfilled entry and exit is
     * cancelled, on the venue if it rests there. Returns how many orders that cancelled.
     */
    public int finishAll(Long accountId, String why) {
        int before = orders.countCancelled(accountId);
        for (Long id : plans.findOpenIdsOfAccount(accountId)) {
            engine.finish(plans.lock(id).orElseThrow(), null, why);
        }
        return orders.countCancelled(accountId) - before;
    }

    /** Moves the plan's stop as a follow-up asks (the provider may widen it too). */
    public String moveStop(Long planId, Long signalId, BigDecimal stop, String why) {
        engine.moveStop(plans.lock(planId).orElseThrow(), stop, signalId, "move_stop", why);
        return why;
    }

    /** Moves the stop to the plan's average entry unless it is already there or tighter. */
    public String breakeven(Long planId, Long signalId, String why) {
        OrderPlan plan = plans.lock(planId).orElseThrow();
        return engine.breakeven(plan, plans.filled(planId), signalId, why);
    }

    /** Amends what the plan has not filled to an edited post's prices; says leg by leg what it did. */
    public String amendToEdit(Long planId, Long signalId, Signal.Open edited) {
        return edits.amend(plans.lock(planId).orElseThrow(), signalId, edited);
    }

    /** Records something said about a plan (e.g. why an edit was not applied to it). */
    public void record(Long planId, Long signalId, String kind, String reason) {
        engine.event(plans.findById(planId).orElseThrow(), signalId, kind, reason);
    }

    public List<OrderPlan> plansOf(Long signalId) {
        return plans.findBySignalIdOrderById(signalId);
    }

    /** The events of the plans a signal made, and those a signal (follow-up or edit) caused. */
    public List<PlanNote> events(Long signalId) {
        return events.notesForSignal(signalId);
    }

    /**
     * What a plan holds. {@code held} is its entries' fills less its exits', never more than the
     * position; {@code pendingEntries} counts entries not yet filled nor cancelled.
     */
    public record Holding(Long planId, String symbol, Side side, BigDecimal held, BigDecimal entryFilled,
                          @Nullable BigDecimal averageEntry, @Nullable BigDecimal stop,
                          @Nullable Integer breakevenAfterTp, boolean done, int pendingEntries) {
    }
}
