package io.tradewire.config.cli;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.mt5.Mt5Venue;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.standin.SimAccount;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench mt5 --orders N}: the round trip of one market order through the bridge, measured
 * N times after a warm-up: {@code Mt5Venue.place} -> open frame -> ROUTER -> the stand-in's
 * DEALER on 127.0.0.1 -> executed on its simulated account -> reply -> {@code Placement.Filled}.
 * One order at a time (the latency, not the throughput); then as many pings, the transport
 * alone. The last line is JSON.
 */
public final class Mt5BenchCommand {
    static final String USAGE = "usage: bench mt5 [--orders N]   (N from 10 to 100000, default 500)";
    private static final int WARM_UP = 100;

    private final PrintStream out;
    private final PrintStream err;

    public Mt5BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        int orders = 500;
        if (args.size() == 2 && args.get(0).equals("--orders")) {
            try {
                orders = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                orders = -1;
            }
        } else if (!args.isEmpty()) {
            err.println("bench mt5: unknown arguments " + args + "\n" + USAGE);
            return 2;
        }
        if (orders < 10 || orders > 100_000) {
            err.println("bench mt5: --orders must be a whole number from 10 to 100000, got '" + args.get(1) + "'\n"
                    + USAGE);
            return 2;
        }
        try (Mt5Local local = new Mt5Local(SimAccount.Mode.NETTING, line -> { })) {
            Mt5Venue venue = local.context().getBean(Mt5Venue.class);
            for (int i = 0; i < WARM_UP; i++) {
                place(venue, local.accountId, "warm-" + i, i);
            }
            List<Long> micros = new ArrayList<>(orders);
            for (int i = 0; i < orders; i++) {
                long t = System.nanoTime();
                Placement p = place(venue, local.accountId, "bench-" + i, i);
                micros.add((System.nanoTime() - t) / 1000);
                if (!(p instanceof Placement.Filled)) {
                    err.println("bench mt5: order " + i + " was not filled: " + p);
                    return 1;
                }
            }
            micros.sort(null);
            // the transport alone: a ping is a request and its reply, with no database read and no trade
            Mt5Bridge bridge = local.context().getBean(Mt5Bridge.class);
            List<Long> pings = new ArrayList<>(orders);
            for (int i = 0; i < orders; i++) {
                long t = System.nanoTime();
                bridge.call(local.accountId, Op.PING, Map.of());
                pings.add((System.nanoTime() - t) / 1000);
            }
            pings.sort(null);
            String json = String.format(Locale.ROOT, "{\"orders\":%d,\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,"
                    + "\"max_ms\":%.3f,\"deals\":%d,\"ping_p50_ms\":%.3f,\"ping_p99_ms\":%.3f}", orders,
                    ms(micros, 50), ms(micros, 90), ms(micros, 99), micros.get(micros.size() - 1) / 1000.0,
                    local.account.deals().size() - WARM_UP, ms(pings, 50), ms(pings, 99));
            out.println("round trip of one market order through the MT5 bridge (" + orders + " orders, one at a time,"
                    + " after " + WARM_UP + " warm-up): p50 " + String.format(Locale.ROOT, "%.3f", ms(micros, 50))
                    + " ms, p99 " + String.format(Locale.ROOT, "%.3f", ms(micros, 99)) + " ms");
            out.println(json);
        }
        return 0;
    }

    /** 0.01 lots of EURUSD, buy and sell in turn so the netting position stays small. */
    private static Placement place(Mt5Venue venue, long accountId, String id, int i) {
        return venue.place(new VenueOrder(accountId, id, "EURUSD", i % 2 == 0 ? Side.BUY : Side.SELL, OrderType.MARKET,
                new BigDecimal("1000"), null, new BigDecimal("1.085")));
    }

    private static double ms(List<Long> sortedMicros, int percentile) {
        int at = Math.min(sortedMicros.size() - 1, (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1);
        return sortedMicros.get(Math.max(0, at)) / 1000.0;
    }
}
