package io.tradewire.config.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.config.runtime.Boot;
import io.tradewire.config.runtime.TempDataDir;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.venue.sim.SimulatedVenue;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench fanout --followers N --venue-latency-ms L [--venue sim|xchange]}: one signal to N
 * followers on a venue that answers after L ms, on a fresh embedded PostgreSQL and the service's
 * own job table. {@code sim} is the simulated venue; {@code xchange} sends every order through
 * XChange's real Binance module over HTTP to a local exchange on 127.0.0.1 whose every answer
 * takes L ms. After one warm-up signal it times the measured one from the moment the signal is
 * committed, and prints one JSON object as its last line.
 */
public final class BenchCommand {
    static final String USAGE = "usage: bench fanout --followers N --venue-latency-ms L [--venue sim|xchange]";

    private final PrintStream out;
    private final PrintStream err;

    public BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    record Options(int followers, int latencyMs, String venue) {
    }

    public int run(List<String> args) {
        Optional<Options> options = parse(args);
        if (options.isEmpty()) {
            return 2;
        }
        Options o = options.get();
        XChangeBench exchange = o.venue().equals("xchange") ? new XChangeBench(o.latencyMs()) : null;
        Map<String, Object> props = properties(o);
        if (exchange != null) {
            props.putAll(exchange.properties());
        }
        try (TempDataDir dir = new TempDataDir("tradewire-bench-");
             Boot boot = Boot.start(dir.path(), false, props)) {
            FanoutResult result = measure(boot.context(), o, exchange);
            out.println(result.summary());
            out.println(result.json());
        } finally {
            if (exchange != null) {
                exchange.close();
            }
        }
        return 0;
    }

    Optional<Options> parse(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("fanout")) {
            err.println("bench: the only benchmark is 'fanout'\n" + USAGE);
            return Optional.empty();
        }
        Map<String, String> named = new HashMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            if (i + 1 >= args.size() || !args.get(i).startsWith("--")) {
                err.println("bench: expected --option value pairs, got '" + args.get(i) + "'\n" + USAGE);
                return Optional.empty();
            }
            named.put(args.get(i), args.get(i + 1));
        }
        String venue = named.getOrDefault("--venue", "sim");
        if (!venue.equals("sim") && !venue.equals("xchange")) {
            err.println("bench: --venue " + venue + " is not available; the venues are: sim, xchange");
            return Optional.empty();
        }
        Integer followers = number(named, "--followers", 1, 100_000);
        Integer latency = number(named, "--venue-latency-ms", 0, 60_000);
        named.keySet().removeAll(List.of("--followers", "--venue-latency-ms", "--venue"));
        if (!named.isEmpty()) {
            err.println("bench: unknown option " + named.keySet().iterator().next() + "\n" + USAGE);
            return Optional.empty();
        }
        return followers == null || latency == null ? Optional.empty()
                : Optional.of(new Options(followers, latency, venue));
    }

    private Integer number(Map<String, String> named, String name, int min, int max) {
        String raw = named.get(name);
        if (raw == null) {
            err.println("bench: " + name + " is required\n" + USAGE);
            return null;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        err.println("bench: " + name + " must be a whole number from " + min + " to " + max + ", got '" + raw + "'");
        return null;
    }

    private static Map<String, Object> properties(Options o) {
        long timeoutMs = Math.max(10_000, 3L * o.latencyMs());
        Map<String, Object> p = new HashMap<>();
        p.put("tradewire.bench.fanout", "true");
        p.put("tradewire.pipeline.recovery.enabled", "false");
        p.put("tradewire.execution.poller.enabled", "false");
        p.put("tradewire.execution.venue-timeout", timeoutMs + "ms");
        p.put("tradewire.execution.lease", (3 * timeoutMs) + "ms");
        p.put("tradewire.sim.enabled", "true");
        p.put("tradewire.sim.latency", o.latencyMs() + "ms");
        // the venue calls hold no connection; these serve the short lease and booking transactions
        p.put("datasources.default.maximum-pool-size", "32");
        return p;
    }

    private FanoutResult measure(ApplicationContext ctx, Options o, XChangeBench exchange) {
        if (exchange != null) {
            exchange.addFollowers(ctx, o.followers());
        } else {
            addFollowers(ctx.getBean(TransactionOperations.class), o.followers());
        }
        Pipeline pipeline = ctx.getBean(Pipeline.class);
        FanoutProbe probe = ctx.getBean(FanoutProbe.class);
        SimulatedVenue sim = exchange == null ? ctx.getBean(SimulatedVenue.class) : null;
        java.util.function.LongSupplier accepted = exchange != null ? exchange::accepted : sim::acceptedTotal;
        java.util.function.LongSupplier duplicates = exchange != null ? exchange::duplicates : sim::duplicates;

        // the warm-up also builds each account's XChange client and loads the exchange's instrument rules
        pipeline.submit(post("warm-up", "ETH/USDT LONG entry 2000 SL 1900"));
        long before = accepted.getAsLong();
        long duplicatesBefore = duplicates.getAsLong();
        probe.reset();
        pipeline.submit(post("measured", "BTC/USDT LONG entry 40000 SL 39000"));

        List<Long> answers = new ArrayList<>(probe.answered());
        long committed = probe.signalCommitted();
        List<Double> orderMs = answers.stream().map(t -> (t - committed) / 1e6).sorted().toList();
        return new FanoutResult(o.followers(), o.latencyMs(), accepted.getAsLong() - before,
                duplicates.getAsLong() - duplicatesBefore, (probe.routed() - committed) / 1e6, orderMs);
    }

    private static IncomingMessage post(String id, String text) {
        return new IncomingMessage(Source.REST, "bench", id, "bench", text, null);
    }

    /** N subscribers, each with an account on the simulated venue following the bench provider. */
    @SuppressWarnings("unchecked")
    private static void addFollowers(TransactionOperations<?> tx, int n) {
        ((TransactionOperations<Connection>) tx).executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                s.execute("insert into providers (source, channel, name, created_at)"
                        + " values ('REST', 'bench', 'Bench', now())");
                s.execute("insert into subscribers (name, created_at) select 'bench-' || g, now()"
                        + " from generate_series(1, " + n + ") g");
                s.execute("insert into venue_accounts (subscriber_id, venue, label, currency, cash, peak_cash,"
                        + " created_at) select id, 'SIM', 'sim', 'USDT', 10000, 10000, now() from subscribers");
                s.execute("insert into follows (subscriber_id, provider_id, account_id, sizing_mode, sizing_value,"
                        + " created_at) select a.subscriber_id, p.id, a.id, 'FIXED_QUOTE', 100, now()"
                        + " from venue_accounts a cross join providers p where p.channel = 'bench'");
            } catch (SQLException e) {
                throw new IllegalStateException("bench set-up failed: " + e.getMessage(), e);
            }
            return null;
        });
    }
}
