package io.tradewire.bot.reply;

import io.tradewire.bot.command.CommandCatalog;
import io.tradewire.bot.command.ConfirmResult;
import io.tradewire.bot.command.LinkResult;
import io.tradewire.bot.command.Views;
import io.tradewire.bot.notify.NotifyKind;
import io.tradewire.bot.notify.NotifyMode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facade's answers as chat text, for every platform: plain (no markup to escape), one line
 * per item. Each adapter only splits or fits it to its platform's message length.
 */
public final class Replies {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Replies() {
    }

    public static String started(Views.Started s) {
        String hello = s.created() ? "Welcome! You are registered as " + s.subscriber() + "."
                : "You are already registered as " + s.subscriber() + ".";
        return hello + "\n" + accounts(s.accounts()) + "\n\n" + String.join("\n", s.guide());
    }

    public static String help(boolean admin) {
        return CommandCatalog.ALL.stream().filter(c -> admin || !c.adminOnly())
                .map(c -> "/" + c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments()) + " - "
                        + c.description())
                .collect(Collectors.joining("\n"));
    }

    public static String accounts(List<Views.AccountLine> accounts) {
        return "Accounts:\n" + accounts.stream().map(a -> "- " + a.label() + " (" + a.venue() + "): "
                + money(a.cash()) + " " + a.currency() + (a.disabled() ? " DISABLED" + (a.disabledReason() == null ? ""
                : ": " + a.disabledReason()) : "")).collect(Collectors.joining("\n"));
    }

    public static String linked(LinkResult r) {
        return switch (r) {
            case LinkResult.Linked l -> "Linked " + l.account().label() + " (" + l.account().venue() + ") with "
                    + money(l.account().cash()) + " " + l.account().currency() + ".";
            case LinkResult.Mt5Token t -> "MT5 account " + t.label() + ": enter this token in the Expert Advisor: "
                    + t.token() + "\n" + t.instructions();
            case LinkResult.Unavailable u -> u.message();
        };
    }

    public static String providers(List<Views.ProviderLine> providers) {
        if (providers.isEmpty()) {
            return "No channels known yet. Make me an admin of a signal channel; it is known once I have seen a post.";
        }
        return "Channels (/follow @channel):\n" + providers.stream().map(p -> "- " + p.handle() + ": " + p.followers()
                + " followers, " + p.trades() + " trades" + (p.winRate() == null ? "" : ", win rate "
                + pct(p.winRate().movePointRight(2))) + ", net " + money(p.netPnl())
                + (p.maxDrawdownPct() == null ? "" : ", max drawdown " + pct(p.maxDrawdownPct())))
                .collect(Collectors.joining("\n"));
    }

    public static String followed(Views.FollowLine f) {
        return "Now copying " + f.handle() + " on " + f.account() + " with " + settings(f.settings())
                + ". /risk changes it.";
    }

    public static String unfollowed(List<Views.FollowLine> stopped) {
        return stopped.stream().map(f -> "Stopped copying " + f.handle() + " on " + f.account()
                + "; its open trades are still managed.").collect(Collectors.joining("\n"));
    }

    public static String following(List<Views.FollowLine> follows) {
        if (follows.isEmpty()) {
            return "You copy nobody yet: /providers lists the channels, /follow @channel starts.";
        }
        return "You copy:\n" + follows.stream().map(f -> "- " + f.handle() + " on " + f.account() + ": "
                + settings(f.settings())).collect(Collectors.joining("\n"));
    }

    public static String risk(Views.RiskView r) {
        String head = r.changed().isEmpty() ? "" : "Set " + String.join(", ", r.changed()) + ".\n";
        return head + "New follows: " + settings(r.defaults()) + "\n" + (r.follows().isEmpty() ? "No follows yet."
                : r.follows().stream().map(f -> f.handle() + " on " + f.account() + ": " + settings(f.settings()))
                .collect(Collectors.joining("\n"))) + "\nSet with /risk key=value, e.g. /risk risk_pct=1 max_open=3"
                + " daily_loss=5%";
    }

    public static String paused(Views.PauseState p) {
        String state = p.paused() ? "paused: no new entries; open trades are still managed"
                : "copying new entries";
        return (p.changed() ? "" : "Already ") + p.subscriber() + " " + state + ".";
    }

    public static String positions(List<Views.PositionLine> positions) {
        if (positions.isEmpty()) {
            return "No open positions.";
        }
        return "Open positions:\n" + positions.stream().map(p -> "- " + p.symbol() + " " + (p.quantity().signum() > 0
                ? "long " : "short ") + plain(p.quantity().abs()) + " @ " + plain(p.averagePrice()) + " on "
                + p.account() + (p.markPrice() == null ? "" : ", now " + plain(p.markPrice()))
                + (p.unrealizedPnl() == null ? "" : ", P&L " + signed(p.unrealizedPnl()) + " " + p.currency())
                + (p.stopLoss() == null ? "" : ", SL " + plain(p.stopLoss()))).collect(Collectors.joining("\n"));
    }

    public static String orders(List<Views.OrderLine> orders) {
        if (orders.isEmpty()) {
            return "No orders yet.";
        }
        return "Latest orders:\n" + orders.stream().map(Replies::order).collect(Collectors.joining("\n"));
    }

    public static String order(Views.OrderLine o) {
        return "- #" + o.id() + " " + WHEN.format(o.at()) + " " + o.side().wire().toUpperCase() + " "
                + plain(o.quantity()) + " " + o.symbol() + " " + o.type() + " (" + o.intent() + ") on " + o.account()
                + ": " + o.status() + (o.price() == null ? "" : " at " + plain(o.price()))
                + (o.reason() == null || o.status().equals("filled") ? "" : " - " + o.reason());
    }

    public static String pnl(Views.PnlReport p) {
        return "P&L " + p.period().wire() + (p.from() == null ? "" : " (" + p.from() + " to " + p.to() + ")") + ":\n"
                + "realised " + signed(p.netPnl()) + " " + p.currency() + " over " + p.trades() + " trades ("
                + p.wins() + " won, " + p.losses() + " lost" + (p.winRate() == null ? "" : ", "
                + pct(p.winRate().movePointRight(2))) + ")\nmax drawdown " + money(p.maxDrawdown()) + " "
                + p.currency() + "\nopen positions now " + signed(p.unrealizedPnl()) + " " + p.currency();
    }

    public static String history(List<Views.TradeLine> trades) {
        if (trades.isEmpty()) {
            return "No closed trades yet.";
        }
        return "Latest closed trades:\n" + trades.stream().map(t -> "- " + WHEN.format(t.at()) + " " + t.symbol() + " "
                + t.side().wire() + " " + plain(t.quantity()) + " at " + plain(t.price()) + " on " + t.account()
                + ": " + signed(t.pnl())).collect(Collectors.joining("\n"));
    }

    public static String why(Views.WhyReport w) {
        StringBuilder b = new StringBuilder("Signal #" + w.signalId() + " from " + w.provider() + ":\n\""
                + clip(w.postText(), 300) + "\"\nRead as " + w.kind());
        w.read().forEach((k, v) -> b.append("\n  ").append(k).append(": ").append(v));
        if (w.parserNote() != null) {
            b.append("\n  note: ").append(w.parserNote());
        }
        if (w.decisions().isEmpty()) {
            b.append("\nNo decision for you: you did not follow this channel when it was posted.");
        }
        for (Views.DecisionLine d : w.decisions()) {
            b.append("\n").append(d.account()).append(": ").append(d.outcome())
                    .append(d.rule() == null ? "" : " by " + d.rule()).append(" - ").append(d.reason());
            d.orders().forEach(o -> b.append("\n  ").append(order(o)));
        }
        return b.toString();
    }

    public static String confirmed(ConfirmResult r) {
        return switch (r) {
            case ConfirmResult.Done d -> closeReport(d);
            case ConfirmResult.Cancelled c -> "Cancelled; nothing was done.";
            case ConfirmResult.Stale s -> s.message();
            case ConfirmResult.NotYours n -> n.message();
        };
    }

    private static String closeReport(ConfirmResult.Done d) {
        Views.CloseReport r = d.report();
        StringBuilder b = new StringBuilder(r.copyingPaused() ? "Emergency stop done: copying is paused (/resume to"
                + " start again)." : "Close done.");
        r.closed().forEach(c -> b.append("\nClosed ").append(plain(c.quantity())).append(' ').append(c.symbol())
                .append(" on ").append(c.account()).append(" at ").append(plain(c.price())));
        r.failed().forEach(f -> b.append("\nNOT closed ").append(f.symbol()).append(" on ").append(f.account())
                .append(": ").append(f.reason()));
        if (r.cancelledOrders() > 0) {
            b.append("\nCancelled ").append(r.cancelledOrders()).append(" pending orders.");
        }
        if (r.closed().isEmpty() && r.failed().isEmpty()) {
            b.append("\nThere was nothing open to close.");
        }
        return b.toString();
    }

    public static String notify(Map<NotifyKind, NotifyMode> modes) {
        return "Notices (/notify <kind|all> <on|silent|off>):\n" + modes.entrySet().stream().map(e -> "- "
                + e.getKey().wire() + " (" + e.getKey().description() + "): " + e.getValue().wire())
                .collect(Collectors.joining("\n"));
    }

    public static String killSwitch(Views.KillSwitchState k) {
        return k.engaged() ? "Global kill switch ENGAGED by " + k.changedBy() + ": " + k.reason()
                + ". No new entries anywhere." : "Global kill switch released: new entries allowed.";
    }

    public static String settings(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    public static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    public static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String signed(BigDecimal v) {
        String m = money(v);
        return v.setScale(2, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + m : m;
    }

    private static String pct(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
