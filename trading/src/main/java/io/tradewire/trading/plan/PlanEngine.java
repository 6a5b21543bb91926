package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.order.Fill;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.order.OrderOrigin;
import io.tradewire.trading.order.OrderOutcomes;
import io.tradewire.trading.order.OrderStatus;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.position.PositionBook;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.Venues;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tradewire.trading.plan.PlanBuilder.plain;

/**
 * Keeps a plan's exits in step with what it holds. Runs in the caller's transaction, holding
 * the plan's row lock; every leg is changed under a skip-locked lock on its own row (a leg a
 * worker is sending right now is left to it). What a plan holds is its entries' fills less its
 * exits' fills, never more than the account's position on that side.
 *
 * <ul>
 * <li>An entry fills: the stop covers all that is held, the live targets share it by their
 * weights; exits not yet armed are armed (native: made due as NEW, sent after commit; watched:
 * armed in place), armed ones are resized (a resting one amended on the venue).</li>
 * <li>An exit fills and nothing is held any more (the stop, or the last target): the plan is
 * done and everything else of it is cancelled (one cancels the other). A target that leaves
 * something held resizes the rest and may move the stop to breakeven.</li>
 * </ul>
 */
@Singleton
class PlanEngine {
    private final PlanRepository plans;
    private final PlanLegs legs;
    private final PlanEventRepository events;
    private final Venues venues;
    private final VenueAccountRepository accounts;
    private final OrderOutcomes outcomes;
    private final PositionRepository positions;
    private final PositionBook positionBook;
    private final AfterCommit afterCommit;
    private final Clock clock;

    PlanEngine(PlanRepository plans, PlanLegs legs, PlanEventRepository events, Venues venues,
               VenueAccountRepository accounts, OrderOutcomes outcomes, PositionRepository positions,
               PositionBook positionBook, AfterCommit afterCommit, Clock clock) {
        this.plans = plans;
        this.legs = legs;
        this.events = events;
        this.venues = venues;
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.positions = positions;
        this.positionBook = positionBook;
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    /** A fill was stored (its order is not marked FILLED yet: the booker does that next). */
    void onFill(Fill fill) {
        Order order = legs.findById(fill.orderId()).orElse(null);
        if (order == null) {
            return;
        }
        if (order.planId() == null) {
            closedOutside(order);
            return;
        }
        OrderPlan plan = plans.lock(order.planId()).orElseThrow();
        if (plan.status() == PlanStatus.DONE) {
            if (order.intent() == OrderIntent.OPEN) {
                event(plan, null, "late_fill", order.leg() + " filled at " + plain(fill.price())
                        + " after the plan was done; no exits are armed for it");
            }
            return;
        }
        Filled filled = plans.filled(plan.id());
        if (order.intent() == OrderIntent.CLOSE && held(plan, filled).signum() == 0) {
            finish(plan, null, whyDone(order, fill));
            return;
        }
        String note = order.intent() == OrderIntent.OPEN ? order.leg() + " filled at " + plain(fill.price()) : null;
        rearm(plan, filled, order.id(), note);
        Integer n = plan.breakevenAfterTp();
        if (order.intent() == OrderIntent.CLOSE && n != null && ("tp-" + n).equals(order.leg())) {
            breakeven(plans.findById(plan.id()).orElseThrow(), filled, null, order.leg() + " filled");
        }
    }

    /** An order outside every plan moved the account's position; plans left holding nothing are done. */
    private void closedOutside(Order order) {
        for (Long id : plans.findOpenIds(order.accountId(), order.symbol())) {
            OrderPlan plan = plans.lock(id).orElseThrow();
            Filled filled = plans.filled(id);
            if (filled.entryFilled().signum() > 0 && held(plan, filled).signum() == 0) {
                finish(plan, null, "the position was closed outside the plan"
                        + (order.origin() == OrderOrigin.EMERGENCY_STOP ? " (emergency stop)" : "")
                        + ": its remaining orders are cancelled");
            }
        }
    }

    /** Arms and resizes the plan's live exits for what it holds now; {@code note} becomes an event. */
    void rearm(OrderPlan plan, Filled filled, @Nullable Long skip, @Nullable String note) {
        BigDecimal average = filled.averageEntry();
        if (average == null) {
            return;
        }
        BigDecimal held = held(plan, filled);
        var rules = venue(plan).rulesFor(plan.accountId(), plan.symbol());
        BigDecimal stop = plan.stopPrice();
        if (plan.trailing() != null && plan.bestPrice() == null) {
            plans.setBest(plan.id(), average, clock.instant());
        }
        if (stop == null && plan.trailing() != null) {
            stop = trailFrom(plan, average);
            plans.setStop(plan.id(), stop, clock.instant());
        }
        List<Order> live = live(plan, skip);
        List<Order> targets = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        List<BigDecimal> prices = new ArrayList<>();
        for (Order leg : live) {
            if (leg.leg() != null && leg.leg().startsWith("tp-")) {
                targets.add(leg);
                weights.add(plan.tpWeights().get(Integer.parseInt(leg.leg().substring(3)) - 1));
                prices.add(leg.triggerPrice());
            }
        }
        List<BigDecimal> shares = Splits.shares(held, weights, prices, rules);
        for (Order leg : live) {
            if ("sl".equals(leg.leg()) && apply(plan, leg, held, stop)) {
                return;
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            if (apply(plan, targets.get(i), shares.get(i), targets.get(i).triggerPrice())) {
                return;
            }
        }
        if (note != null && live.stream().anyMatch(l -> l.intent() == OrderIntent.CLOSE)) {
            event(plan, null, "armed", note + ": exits now cover " + plain(held) + (plan.exits() == ExitMode.NATIVE
                    ? " (resting on the venue)" : " (watched by Tradewire)"));
        }
    }

    /** Sets one exit leg to cover {@code quantity} at {@code price}; true when doing so booked a fill. */
    private boolean apply(OrderPlan plan, Order leg, BigDecimal quantity, BigDecimal price) {
        Order locked = legs.lock(leg.id()).orElse(null);
        if (locked == null || locked.status().isFinal()) {
            return false;
        }
        boolean nativeExit = plan.exits() == ExitMode.NATIVE;
        if (quantity.signum() == 0) {
            if (locked.status() == OrderStatus.PLACED) {
                return cancelOnVenue(plan, locked, "nothing is left for it to cover");
            }
            if (locked.status() == OrderStatus.WATCHING || locked.status() == OrderStatus.NEW) {
                legs.update(locked.id(), locked.quantity(), null, price, OrderStatus.WATCHING.name(), false,
                        "nothing to cover yet", clock.instant());
            }
            return false;
        }
        switch (locked.status()) {
            case WATCHING -> {
                if (nativeExit) {
                    legs.update(locked.id(), quantity, price, price, OrderStatus.NEW.name(), true, null,
                            clock.instant());
                    afterCommit.execute(locked.id());
                } else {
                    legs.update(locked.id(), quantity, null, price, OrderStatus.WATCHING.name(), true,
                            "watched by Tradewire", clock.instant());
                }
            }
            case NEW -> legs.update(locked.id(), quantity, locked.type() == OrderType.MARKET ? null : price, price,
                    OrderStatus.NEW.name(), true, locked.statusReason(), clock.instant());
            case PLACED -> {
                if (locked.quantity().compareTo(quantity) != 0 || price.compareTo(locked.triggerPrice()) != 0) {
                    return amendOnVenue(plan, locked, quantity, price);
                }
            }
            default -> {
                // SENDING: the worker sending it books its outcome; the next change resizes it
            }
        }
        return false;
    }

    /** Amends a resting leg on the venue; true when the venue filled it instead (then booked). */
    boolean amendOnVenue(OrderPlan plan, Order locked, BigDecimal quantity, BigDecimal price) {
        Placement p = venue(plan).amend(plan.accountId(), locked.clientOrderId(), quantity, price);
        switch (p) {
            case Placement.Working w -> legs.update(locked.id(), quantity, locked.limitPrice() == null ? null : price,
                    locked.triggerPrice() == null ? null : price, OrderStatus.PLACED.name(), locked.armed(),
                    locked.statusReason(), clock.instant());
            case Placement.Filled f -> {
                outcomes.book(locked, f);
                return true;
            }
            case Placement.Cancelled c -> outcomes.book(locked, c);
            case Placement.Rejected r -> event(plan, null, "amend_refused", locked.leg()
                    + ": the venue did not amend it: " + r.reason());
            default -> event(plan, null, "amend_refused", locked.leg() + ": no answer from the venue to the amend");
        }
        return false;
    }

    /** Cancels a resting leg on the venue; true when it turned out filled (then booked). */
    boolean cancelOnVenue(OrderPlan plan, Order locked, String why) {
        Placement p = venue(plan).cancel(plan.accountId(), locked.clientOrderId());
        switch (p) {
            case Placement.Cancelled c -> outcomes.book(locked, new Placement.Cancelled(c.venueOrderId(), why));
            case Placement.Filled f -> {
                outcomes.book(locked, f);
                return true;
            }
            case Placement.Rejected r -> event(plan, null, "cancel_refused", locked.leg()
                    + ": the venue did not cancel it: " + r.reason());
            default -> event(plan, null, "cancel_refused", locked.leg() + ": no answer from the venue to the cancel");
        }
        return false;
    }

    /** Marks the plan done and cancels every leg of it not yet filled. */
    void finish(OrderPlan plan, @Nullable Long signalId, String reason) {
        plans.markDone(plan.id(), reason, clock.instant());
        event(plan, signalId, "done", reason);
        for (Order leg : live(plan, null)) {
            cancel(plan, leg, reason);
        }
    }

    /** Cancels one live leg: in place when it is not on the venue, on the venue when it rests there. */
    void cancel(OrderPlan plan, Order leg, String why) {
        Order locked = legs.lock(leg.id()).orElse(null);
        if (locked == null) {
            event(plan, null, "cancel_refused", leg.leg() + " is being sent right now and was not cancelled");
            return;
        }
        switch (locked.status()) {
            case NEW, WATCHING -> legs.cancel(locked.id(), why, clock.instant());
            case PLACED -> cancelOnVenue(plan, locked, why);
            default -> {
                // final already, or SENDING (handled above by the lock)
            }
        }
    }

    /** Moves the plan's stop (and its stop leg, wherever it is) to {@code stop}, and records why. */
    void moveStop(OrderPlan plan, BigDecimal stop, @Nullable Long signalId, String kind, String reason) {
        setStop(plan, stop);
        event(plan, signalId, kind, reason);
    }

    /** Moves the plan's stop and its stop leg: in place when the engine holds it, amended when it rests on the venue. */
    void setStop(OrderPlan plan, BigDecimal stop) {
        plans.setStop(plan.id(), stop, clock.instant());
        positions.findByAccountIdAndSymbol(plan.accountId(), plan.symbol()).filter(Position::isOpen)
                .ifPresent(p -> positionBook.moveStop(p, stop));
        for (Order leg : live(plan, null)) {
            if ("sl".equals(leg.leg())) {
                setPrice(plan, leg, stop);
            }
        }
    }

    /** Sets a live leg's price (limit, trigger or target); says what became of it, null when nothing changed. */
    @Nullable
    String setPrice(OrderPlan plan, Order leg, BigDecimal price) {
        Order locked = legs.lock(leg.id()).orElse(null);
        if (locked == null) {
            return leg.leg() + " is being sent right now and was not amended";
        }
        BigDecimal old = locked.workingPrice();
        if (old != null && old.compareTo(price) == 0) {
            return null;
        }
        // an entry works at its limit; an exit at its trigger, mirrored as the limit once armed on the venue
        boolean exit = locked.intent() == OrderIntent.CLOSE;
        BigDecimal limit = !exit || locked.limitPrice() != null ? price : null;
        switch (locked.status()) {
            case WATCHING, NEW -> legs.update(locked.id(), locked.quantity(), limit, exit ? price : null,
                    locked.status().name(), locked.armed(), locked.statusReason(), clock.instant());
            case PLACED -> {
                if (amendOnVenue(plan, locked, locked.quantity(), price)) {
                    return locked.leg() + " filled before it could be amended";
                }
                Order after = legs.findById(locked.id()).orElseThrow();
                if (after.workingPrice() == null || after.workingPrice().compareTo(price) != 0) {
                    return locked.leg() + " could not be amended on the venue (see its events)";
                }
            }
            default -> {
                return locked.leg() + " is " + locked.status().name().toLowerCase() + " and was not amended";
            }
        }
        return locked.leg() + " " + plain(old) + " -> " + plain(price);
    }

    /** Moves the stop to the average entry unless it is already there or tighter; says what it did. */
    String breakeven(OrderPlan plan, Filled filled, @Nullable Long signalId, String why) {
        BigDecimal average = filled.averageEntry();
        if (average == null) {
            return why + ": no entry has filled yet, so there is no breakeven to move the stop to";
        }
        BigDecimal stop = venue(plan).rulesFor(plan.accountId(), plan.symbol()).roundPrice(average);
        if (!plan.tighter(stop, plan.stopPrice())) {
            String reason = why + ": the stop stays at " + plain(plan.stopPrice()) + ", already at or past the"
                    + " average entry " + plain(stop);
            event(plan, signalId, "breakeven", reason);
            return reason;
        }
        String reason = why + ": stop moved to breakeven " + plain(stop) + " (the average entry), from "
                + plain(plan.stopPrice());
        moveStop(plan, stop, signalId, "breakeven", reason);
        return reason;
    }

    /** The trailing stop for a best price of {@code best}, on the tick. */
    BigDecimal trailFrom(OrderPlan plan, BigDecimal best) {
        BigDecimal distance = plan.trailing().distanceFrom(best);
        BigDecimal stop = plan.side() == Side.BUY ? best.subtract(distance) : best.add(distance);
        return venue(plan).rulesFor(plan.accountId(), plan.symbol()).roundPrice(stop);
    }

    /** Legs of the plan not final and not filled (nor {@code skip}, the order being booked right now). */
    List<Order> live(OrderPlan plan, @Nullable Long skip) {
        Map<Long, BigDecimal> filled = new HashMap<>();
        plans.legFills(plan.id()).forEach(f -> filled.put(f.orderId(), f.quantity()));
        return legs.findByPlanIdOrderById(plan.id()).stream()
                .filter(o -> !o.id().equals(skip) && !o.status().isFinal() && !filled.containsKey(o.id()))
                .filter(o -> !"close".equals(o.leg()))
                .toList();
    }

    /** What the plan holds: its own fills, never more than the account's position on the plan's side. */
    BigDecimal held(OrderPlan plan, Filled filled) {
        BigDecimal position = positions.findByAccountIdAndSymbol(plan.accountId(), plan.symbol())
                .map(Position::quantity).orElse(BigDecimal.ZERO);
        BigDecimal onSide = (plan.side() == Side.BUY ? position : position.negate()).max(BigDecimal.ZERO);
        return filled.held().min(onSide);
    }

    Venue venue(OrderPlan plan) {
        return venues.forKind(accounts.findById(plan.accountId()).orElseThrow().venue());
    }

    void event(OrderPlan plan, @Nullable Long signalId, String kind, String reason) {
        events.save(new PlanEvent(null, plan.id(), signalId, kind, reason, clock.instant()));
    }

    private static String whyDone(Order order, Fill fill) {
        String at = plain(fill.price());
        if ("sl".equals(order.leg())) {
            return "the stop filled at " + at + ": the take-profits and pending entries are cancelled"
                    + " (one cancels the other)";
        }
        if (order.leg() != null && order.leg().startsWith("tp-")) {
            return order.leg() + ", the last target, filled at " + at + ": the stop and pending entries are cancelled"
                    + " (one cancels the other)";
        }
        return "closed at " + at + " by the provider's follow-up: the remaining exits and pending entries are"
                + " cancelled";
    }
}
