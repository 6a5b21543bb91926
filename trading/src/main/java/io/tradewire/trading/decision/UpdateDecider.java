package io.tradewire.trading.decision;

import io.tradewire.nlp.UpdateAction;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.plan.Plans;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Venues;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Decides what a follow-up means for one follower's account. A follow-up acts on the order plan
 * its signal (the post it replies to, else the provider's latest open signal on the symbol, as
 * the recorder linked it) made on this account, and on nothing else: not on positions other
 * signals opened.
 */
@Singleton
public class UpdateDecider {
    private final Plans plans;
    private final Venues venues;
    private final PriceBook prices;

    UpdateDecider(Plans plans, Venues venues, PriceBook prices) {
        this.plans = plans;
        this.venues = venues;
        this.prices = prices;
    }

    public Verdict decide(StoredSignal signal, VenueAccount account) {
        String symbol = signal.symbol();
        if (symbol == null) {
            return new Verdict.Refused("no_symbol",
                    "the follow-up names no symbol and no earlier signal of this provider matches it");
        }
        if (signal.parentSignalId() == null) {
            return switch (signal.action()) {
                case CLOSE, CLOSE_PARTIAL, MOVE_SL -> new Verdict.Refused("no_signal", "the follow-up matches no"
                        + " earlier open signal of this provider on " + symbol + ", so there is nothing it acts on");
                default -> noted(signal, symbol);
            };
        }
        Long parent = signal.parentSignalId();
        Optional<Plans.Holding> plan = plans.holding(parent, account.id());
        if (plan.isEmpty()) {
            return switch (signal.action()) {
                case CLOSE, CLOSE_PARTIAL, MOVE_SL -> new Verdict.Refused("no_position", "signal " + parent
                        + " opened nothing on this account, so there is nothing to " + verb(signal.action()));
                case CANCEL -> new Verdict.Noted("nothing to cancel: signal " + parent + " placed nothing on this account");
                default -> noted(signal, symbol);
            };
        }
        Plans.Holding h = plan.get();
        if (h.done() && signal.action() != UpdateAction.TP_HIT && signal.action() != UpdateAction.SL_HIT
                && signal.action() != UpdateAction.ENTRY_HIT) {
            return new Verdict.Noted("nothing to " + verb(signal.action()) + ": the orders of signal " + parent
                    + " on this account are all done");
        }
        return switch (signal.action()) {
            case CLOSE, CLOSE_PARTIAL -> close(signal, account, h);
            case MOVE_SL -> moveStop(signal, account, h);
            case CANCEL -> h.pendingEntries() == 0 && h.entryFilled().signum() > 0
                    ? new Verdict.Noted("nothing to cancel: every entry of signal " + parent + " has filled")
                    : new Verdict.CancelPlanEntries(h.planId(), "cancelled by the provider (signal " + signal.id() + ")");
            case TP_HIT -> h.breakevenAfterTp() != null && h.breakevenAfterTp().equals(signal.tpIndex()) && !h.done()
                    ? breakeven(account, h, "provider reports target " + signal.tpIndex() + " hit and"
                    + " breakeven_after_tp is " + h.breakevenAfterTp())
                    : noted(signal, symbol);
            default -> noted(signal, symbol);
        };
    }

    private Verdict close(StoredSignal signal, VenueAccount account, Plans.Holding h) {
        BigDecimal held = h.held();
        boolean whole = signal.action() == UpdateAction.CLOSE
                || (signal.fraction() != null && signal.fraction().compareTo(BigDecimal.ONE) == 0);
        BigDecimal quantity;
        if (whole) {
            if (held.signum() == 0) {
                return new Verdict.ClosePlan(h.planId(), true, null, "nothing of signal " + signal.parentSignalId()
                        + " had filled: its pending orders are cancelled");
            }
            quantity = held;
        } else {
            BigDecimal fraction = signal.fraction();
            if (fraction == null || fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                return new Verdict.Refused("close_fraction",
                        "partial close needs a fraction in (0, 1], the follow-up gives " + fraction);
            }
            if (held.signum() == 0) {
                return new Verdict.Refused("no_position", "nothing of signal " + signal.parentSignalId()
                        + " has filled yet, so there is no part of it to close");
            }
            quantity = rules(account, h).floorQuantity(held.multiply(fraction));
            if (quantity.signum() == 0) {
                return new Verdict.Refused("venue_minimum", "closing " + fraction.toPlainString() + " of "
                        + held.toPlainString() + " rounds to nothing at the venue's lot step");
            }
        }
        BigDecimal reference = prices.latest(h.symbol()).orElse(h.averageEntry());
        String text = "close " + quantity.toPlainString() + " of " + held.toPlainString() + " " + h.symbol()
                + " held by signal " + signal.parentSignalId()
                + (whole ? "; its pending entries are cancelled, its exits once the close fills"
                : "; its exits are resized to what is left");
        var order = new Verdict.PlaceOrder(h.symbol(), h.side().opposite(), OrderIntent.CLOSE, quantity, reference,
                text, h.planId(), "close");
        return new Verdict.ClosePlan(h.planId(), whole, order, text);
    }

    private Verdict moveStop(StoredSignal signal, VenueAccount account, Plans.Holding h) {
        if (signal.newSlBreakeven()) {
            return breakeven(account, h, "the provider's follow-up");
        }
        if (signal.newSl() == null) {
            return new Verdict.Refused("move_sl", "the follow-up moves the stop but names no price");
        }
        return new Verdict.MovePlanStop(h.planId(), signal.newSl(), "stop moved from " + plain(h.stop()) + " to "
                + plain(signal.newSl()));
    }

    private Verdict breakeven(VenueAccount account, Plans.Holding h, String why) {
        if (h.averageEntry() == null) {
            return new Verdict.Refused("no_position", why + ", but no entry has filled yet: there is no breakeven");
        }
        BigDecimal stop = rules(account, h).roundPrice(h.averageEntry());
        boolean tighter = h.stop() == null || (h.side() == io.tradewire.nlp.Side.BUY
                ? stop.compareTo(h.stop()) > 0 : stop.compareTo(h.stop()) < 0);
        if (!tighter) {
            return new Verdict.Noted(why + ": the stop stays at " + plain(h.stop())
                    + ", already at or past the average entry " + plain(stop));
        }
        return new Verdict.MovePlanStop(h.planId(), stop, why + ": stop moved to breakeven " + plain(stop)
                + " (the average entry), from " + plain(h.stop()));
    }

    private InstrumentRules rules(VenueAccount account, Plans.Holding h) {
        return venues.forKind(account.venue()).rulesFor(account.id(), h.symbol());
    }

    private static Verdict noted(StoredSignal signal, String symbol) {
        return switch (signal.action()) {
            case TP_HIT -> new Verdict.Noted("provider reports take-profit " + (signal.tpIndex() == null ? ""
                    : signal.tpIndex() + " ") + "hit on " + symbol);
            case SL_HIT -> new Verdict.Noted("provider reports the stop loss hit on " + symbol);
            case ENTRY_HIT -> new Verdict.Noted("provider reports the entry reached on " + symbol);
            default -> new Verdict.Noted("nothing to " + verb(signal.action()) + " on " + symbol);
        };
    }

    private static String verb(UpdateAction action) {
        return switch (action) {
            case CLOSE, CLOSE_PARTIAL -> "close";
            case MOVE_SL -> "move the stop of";
            case CANCEL -> "cancel";
            default -> "act on";
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
