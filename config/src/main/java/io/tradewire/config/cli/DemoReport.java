package io.tradewire.config.cli;

import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.order.Fill;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.pipeline.PipelineResult;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.query.Viewer;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.StoredSignal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the demo's story: each post with what was read and decided, then the accounts. */
final class DemoReport {
    private final PrintStream out;
    private final TradingQueries queries;
    private final Map<Long, String> names = new java.util.HashMap<>();

    DemoReport(PrintStream out, TradingQueries queries) {
        this.out = out;
        this.queries = queries;
    }

    void post(String id, String text, PipelineResult result) {
        out.println("post " + id + ": " + text.replace("\n", " | "));
        if (!(result instanceof PipelineResult.Processed p)) {
            out.println("  not processed: " + ((PipelineResult.Unrouted) result).reason() + "\n");
            return;
        }
        out.println("  parsed   " + describe(p.signal()));
        for (Decision d : p.decisions()) {
            out.println("  " + pad(follower(d), 8) + " " + pad(d.outcome().name().toLowerCase(), 8) + " " + d.reason());
        }
        for (Order o : p.orders()) {
            Order now = queries.orders(new Viewer.Admin("demo"), 1000).stream()
                    .filter(x -> x.id().equals(o.id())).findFirst().orElse(o);
            List<Fill> fills = queries.fills(o.id());
            String fill = fills.isEmpty() ? "" : " @ " + plain(fills.get(0).price()) + ", fee " + money(fills.get(0).fee());
            String how = now.type().wire() + (now.workingPrice() == null ? "" : " " + plain(now.workingPrice()));
            out.println("  order #" + o.id() + " " + o.side().wire() + " " + plain(now.quantity()) + " " + o.symbol()
                    + " " + how + " -> " + now.status().name().toLowerCase() + fill
                    + (now.leg() == null ? "" : "  [" + now.leg() + "]"));
        }
        out.println();
    }

    void summary(List<String> subscribers) {
        out.println("== accounts after the demo ==");
        for (String name : subscribers) {
            for (VenueAccount a : queries.accounts(name)) {
                out.println(name + ": cash " + money(a.cash()) + " " + a.currency());
            }
            for (Position p : queries.positions(new Viewer.User(name))) {
                out.println("  " + pad(p.symbol(), 8) + " qty " + pad(plain(p.quantity()), 12) + " avg "
                        + pad(money(p.averagePrice()), 10) + " realised " + money(p.realizedPnl())
                        + (p.stopLoss() == null ? "" : ", stop " + money(p.stopLoss())));
            }
        }
        long filled = queries.orders(new Viewer.Admin("demo"), 1000).stream()
                .filter(o -> o.status().name().equals("FILLED")).count();
        out.println("\n" + filled + " paper orders placed and filled.");
    }

    private String follower(Decision d) {
        return names.computeIfAbsent(d.subscriberId(), queries::subscriberName);
    }

    private static String describe(StoredSignal s) {
        if (s.kind() == SignalKind.NONE) {
            return "not a signal (" + s.reason() + ")";
        }
        if (s.kind() == SignalKind.UPDATE) {
            return "follow-up " + s.action().wire() + " " + s.symbol()
                    + (s.fraction() == null ? "" : " fraction " + plain(s.fraction()))
                    + (s.newSlBreakeven() ? " to breakeven" : s.newSl() == null ? "" : " to " + plain(s.newSl()));
        }
        String entry = s.entry() != null ? plain(s.entry())
                : s.entryLow() != null ? plain(s.entryLow()) + "-" + plain(s.entryHigh()) : "market";
        return s.side().wire() + " " + s.symbol() + " entry " + entry
                + ", stop " + (s.stopLoss() == null ? "none" : plain(s.stopLoss()))
                + ", targets " + (s.takeProfits().isEmpty() ? "none"
                : s.takeProfits().stream().map(DemoReport::plain).collect(Collectors.joining(" / ")))
                + (s.leverage() == null ? "" : ", " + s.leverage() + "x");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Display rounding only; stored values stay exact. */
    private static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
