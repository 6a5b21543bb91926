package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.Side;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.plan.PlanSpec;

import java.math.BigDecimal;

/** What the engine decided for one follower, before it is stored and carried out. */
public sealed interface Verdict {
    String reason();

    Outcome outcome();

    /** An open signal copied: its order plan (entries, stop, targets, management). */
    record PlacePlan(PlanSpec plan, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.ORDERED;
        }
    }

    /**
     * One market order, its quantity already rounded to the venue's rules; {@code planId} and
     * {@code leg} when it acts for an order plan (a follow-up's close of what the plan holds).
     */
    record PlaceOrder(String symbol, Side side, OrderIntent intent, BigDecimal quantity, BigDecimal referencePrice,
                      String reason, @Nullable Long planId, @Nullable String leg) implements Verdict {
        public PlaceOrder(String symbol, Side side, OrderIntent intent, BigDecimal quantity,
                          BigDecimal referencePrice, String reason) {
            this(symbol, side, intent, quantity, referencePrice, reason, null, null);
        }

        public Outcome outcome() {
            return Outcome.ORDERED;
        }
    }

    /**
     * A follow-up closes (part of) what a plan holds. {@code whole}: its pending entries are
     * cancelled now and the rest of its orders once the close fills. {@code order} is null when
     * nothing had filled: then every order of the plan is cancelled and that is all.
     */
    record ClosePlan(Long planId, boolean whole, @Nullable PlaceOrder order, String reason) implements Verdict {
        public Outcome outcome() {
            return order == null ? Outcome.APPLIED : Outcome.ORDERED;
        }
    }

    /** A plan's stop moves (a follow-up's new stop, or breakeven). */
    record MovePlanStop(Long planId, BigDecimal stop, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.APPLIED;
        }
    }

    /** A plan's entries not yet filled are cancelled (and, with none filled, its exits). */
    record CancelPlanEntries(Long planId, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.APPLIED;
        }
    }

    record Noted(String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.NOTED;
        }
    }

    record Refused(String rule, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.REFUSED;
        }
    }
}
