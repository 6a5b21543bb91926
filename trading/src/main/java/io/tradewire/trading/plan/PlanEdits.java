package io.tradewire.trading.plan;

import io.tradewire.nlp.Signal;
import io.tradewire.trading.follow.EntryMode;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.order.OrderStatus;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tradewire.trading.plan.PlanBuilder.plain;

/**
 * Applies an edit of the original post to one plan: what has not filled moves to the edited
 * prices, what filled is left alone and said so. Ladder entries are re-spread over the edited
 * zone (the same number of legs; one edited price puts them all at it), the stop moves to the
 * edited stop unless something else moved it since (breakeven, trailing, a follow-up), each
 * target leg moves to the edited target of the same number. Quantities are not re-sized.
 */
@Singleton
class PlanEdits {
    private final PlanRepository plans;
    private final PlanLegs legs;
    private final PlanEngine engine;
    private final Clock clock;

    PlanEdits(PlanRepository plans, PlanLegs legs, PlanEngine engine, Clock clock) {
        this.plans = plans;
        this.legs = legs;
        this.engine = engine;
        this.clock = clock;
    }

    String amend(OrderPlan plan, Long signalId, Signal.Open edited) {
        if (plan.status() == PlanStatus.DONE) {
            String reason = "edit: nothing to amend, the plan is done (" + plan.statusReason() + ")";
            engine.event(plan, signalId, "edit", reason);
            return reason;
        }
        Map<Long, BigDecimal> filledQty = new HashMap<>();
        plans.legFills(plan.id()).forEach(f -> filledQty.put(f.orderId(), f.quantity()));
        List<Order> all = legs.findByPlanIdOrderById(plan.id());
        List<String> said = new ArrayList<>();
        var rules = engine.venue(plan).rulesFor(plan.accountId(), plan.symbol());

        List<Order> entries = all.stream().filter(o -> o.intent() == OrderIntent.OPEN).toList();
        BigDecimal low = edited.entry() != null ? edited.entry() : edited.entryLow() != null ? edited.entryLow()
                : edited.entryHigh();
        BigDecimal high = edited.entry() != null ? edited.entry() : edited.entryHigh() != null ? edited.entryHigh()
                : edited.entryLow();
        if (plan.entryMode() == EntryMode.MARKET || entries.stream().allMatch(o -> o.limitPrice() == null)) {
            said.add("the entry is at market, nothing to amend there");
        } else if (low == null) {
            said.add("the edit names no entry price, the entries stay where they are");
        } else {
            List<BigDecimal> prices = low.compareTo(high) == 0 ? java.util.Collections.nCopies(entries.size(), low)
                    : Splits.ladder(low, high, entries.size(), plan.side(), rules);
            for (int i = 0; i < entries.size(); i++) {
                said.add(amendLeg(plan, entries.get(i), prices.get(i), filledQty));
            }
        }
        BigDecimal newStop = edited.stopLoss();
        Order stopLeg = all.stream().filter(o -> "sl".equals(o.leg())).findFirst().orElse(null);
        boolean stopMovedSince = plan.stopPrice() != null && plan.signalStop() != null
                && plan.stopPrice().compareTo(plan.signalStop()) != 0;
        if (newStop == null) {
            said.add("the edit names no stop, the stop stays at " + plain(plan.stopPrice()));
        } else if (stopMovedSince) {
            said.add("the stop stays at " + plain(plan.stopPrice()) + ": it was moved since the post (the post's"
                    + " stop is now " + plain(newStop) + ")");
        } else if (stopLeg != null) {
            said.add(amendLeg(plan, stopLeg, newStop, filledQty));
            if (!stopLeg.status().isFinal() && !filledQty.containsKey(stopLeg.id())) {
                plans.setStop(plan.id(), newStop, clock.instant());
            }
        }
        if (newStop != null) {
            plans.setSignalStop(plan.id(), newStop, clock.instant());
        }
        for (Order leg : all) {
            if (leg.leg() != null && leg.leg().startsWith("tp-")) {
                int k = Integer.parseInt(leg.leg().substring(3));
                said.add(k <= edited.takeProfits().size()
                        ? amendLeg(plan, leg, edited.takeProfits().get(k - 1), filledQty)
                        : leg.leg() + ": the edit has no target " + k + ", it stays at " + plain(leg.triggerPrice()));
            }
        }
        String reason = "edit: " + String.join("; ", said.stream().filter(java.util.Objects::nonNull).toList());
        engine.event(plan, signalId, "edit", reason);
        return reason;
    }

    /** One leg to a new price; null when it is already there or no longer live (cancelled, rejected). */
    private String amendLeg(OrderPlan plan, Order leg, BigDecimal price, Map<Long, BigDecimal> filledQty) {
        if (filledQty.containsKey(leg.id()) || leg.status() == OrderStatus.FILLED) {
            return leg.leg() + " had filled, left alone";
        }
        if (leg.status().isFinal()) {
            return null;
        }
        return engine.setPrice(plan, leg, price);
    }
}
