package io.tradewire.bot.notify;

import io.tradewire.bot.notify.EngineEvents.AccountRow;
import io.tradewire.bot.notify.EngineEvents.DecisionRow;
import io.tradewire.bot.notify.EngineEvents.FillRow;
import io.tradewire.bot.notify.EngineEvents.OrderRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of each notice: plain text (no markup, so nothing needs escaping on any platform),
 * naming the symbol, side, size and price, the reason of a refusal, the P&amp;L of a close.
 */
final class Notices {
    private Notices() {
    }

    /** A fill: an entry (ORDERS), a stop or target (EXITS) or another close (CLOSES). */
    static Outbox.Event fill(FillRow f) {
        String side = f.side().toUpperCase(Locale.ROOT);
        String what = side + " " + plain(f.quantity()) + " " + f.symbol() + " at " + plain(f.price()) + " on "
                + f.account();
        if (f.intent().equals("OPEN")) {
            return new Outbox.Event("fill:" + f.id(), f.subscriberId(), NotifyKind.ORDERS, "Filled: " + what + ".");
        }
        BigDecimal pnl = f.realizedPnl().subtract(f.fee());
        // the fill's own P&L: the price move less this fill's fee (the opening fees are in /pnl's net figures)
        String result = " P&L " + money(pnl) + " " + f.currency() + " after the closing fee"
                + (f.remaining().signum() == 0 ? "; position closed."
                : "; " + plain(f.remaining().abs()) + " " + f.symbol() + " still open.");
        return switch (f.type()) {
            case "STOP" -> new Outbox.Event("fill:" + f.id(), f.subscriberId(), NotifyKind.EXITS,
                    "Stop hit on " + f.symbol() + ": " + what + "." + result);
            case "LIMIT" -> new Outbox.Event("fill:" + f.id(), f.subscriberId(), NotifyKind.EXITS,
                    "Target hit on " + f.symbol() + ": " + what + "." + result);
            default -> new Outbox.Event("fill:" + f.id(), f.subscriberId(), NotifyKind.CLOSES,
                    "Closed: " + what + (f.origin().equals("SIGNAL") ? "" : " (" + origin(f.origin()) + ")") + "."
                            + result);
        };
    }

    /** A decision worth telling: a refusal, a provider's stop or target report, a moved stop. */
    static Optional<Outbox.Event> decision(DecisionRow d) {
        String key = "decision:" + d.id();
        String on = d.symbol() == null ? "" : " " + d.symbol();
        return switch (d.outcome()) {
            case "REFUSED" -> Optional.of(new Outbox.Event(key, d.subscriberId(), NotifyKind.REFUSALS,
                    "Not copied:" + on + " signal #" + d.signalId() + " from " + d.provider() + " on " + d.account()
                            + ": " + d.reason() + ". (/why " + d.signalId() + ")"));
            case "APPLIED" -> Optional.of(new Outbox.Event(key, d.subscriberId(), NotifyKind.ORDERS,
                    "Updated" + on + " on " + d.account() + ": " + d.reason() + "."));
            case "NOTED" -> "TP_HIT".equals(d.action()) || "SL_HIT".equals(d.action())
                    ? Optional.of(new Outbox.Event(key, d.subscriberId(), NotifyKind.EXITS,
                    d.provider() + " reports " + ("TP_HIT".equals(d.action()) ? "target "
                            + (d.tpIndex() == null ? "" : d.tpIndex() + " ") : "the stop ") + "hit" + on + "."))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** An order that came to rest on the venue (ORDERS) or that the venue refused (REFUSALS). */
    static Optional<Outbox.Event> order(OrderRow o) {
        String key = "order:" + o.id() + ":" + o.status();
        String what = o.side().toUpperCase(Locale.ROOT) + " " + o.type().toLowerCase(Locale.ROOT) + " "
                + plain(o.quantity()) + " " + o.symbol() + (o.limitPrice() == null ? "" : " at "
                + plain(o.limitPrice())) + " on " + o.account();
        return switch (o.status()) {
            case "PLACED" -> Optional.of(new Outbox.Event(key, o.subscriberId(), NotifyKind.ORDERS,
                    "Placed: " + what + "."));
            case "REJECTED", "FAILED" -> Optional.of(new Outbox.Event(key, o.subscriberId(), NotifyKind.REFUSALS,
                    "Order refused: " + what + ": " + (o.statusReason() == null ? "no reason given"
                            : o.statusReason()) + "."));
            default -> Optional.empty();
        };
    }

    /** An account's venue down (the engine disabled it) or back. */
    static Outbox.Event venue(AccountRow a, long at) {
        return new Outbox.Event("venue:" + a.id() + ":" + a.disabled() + ":" + at, a.subscriberId(), NotifyKind.VENUE,
                a.disabled() ? "Account " + a.label() + " is down and trades nothing until it is back: "
                        + (a.disabledReason() == null ? "no reason given" : a.disabledReason()) + "."
                        : "Account " + a.label() + " is back and trading.");
    }

    /**
     * A venue's report on an account: linked, down, cannot trade, and back after either. A terminal
     * that only missed a few heartbeats (stale) and came back is not news: the subscriber hears of
     * it once it is down.
     */
    static Optional<Outbox.Event> accountEvent(EngineEvents.AccountEventRow e) {
        String key = "account-event:" + e.id();
        String on = "Account " + e.label() + ": ";
        return switch (e.kind()) {
            case "terminal.linked", "terminal.down", "terminal.no_trading" -> Optional.of(new Outbox.Event(key,
                    e.subscriberId(), NotifyKind.VENUE, on + e.detail() + "."));
            case "terminal.up" -> "terminal.down".equals(e.previous()) || "terminal.no_trading".equals(e.previous())
                    ? Optional.of(new Outbox.Event(key, e.subscriberId(), NotifyKind.VENUE, on + e.detail() + "."))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * An edit of the provider's post applied to a copy: what moved and what stayed. Other plan
     * events reach the subscriber as the decisions and fills they come with.
     */
    static Optional<Outbox.Event> planEvent(EngineEvents.PlanEventRow e) {
        if (!"edit".equals(e.kind())) {
            return Optional.empty();
        }
        String said = e.reason().startsWith("edit: ") ? e.reason().substring("edit: ".length()) : e.reason();
        return Optional.of(new Outbox.Event("plan-event:" + e.id(), e.subscriberId(), NotifyKind.ORDERS,
                "Updated " + e.symbol() + " on " + e.account() + " after the provider's edit: " + said + "."));
    }

    private static String origin(String origin) {
        return switch (origin) {
            case "EMERGENCY_STOP" -> "emergency stop";
            case "MANUAL" -> "your /close";
            default -> origin.toLowerCase(Locale.ROOT);
        };
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_EVEN);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString();
    }
}
