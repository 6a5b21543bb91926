package io.tradewire.config.cli;

import io.tradewire.trading.venue.mt5.standin.ReplyMemory;
import io.tradewire.trading.venue.mt5.standin.SimAccount;
import io.tradewire.trading.venue.mt5.standin.StandInTerminal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mt5-standin}: a stand-in MetaTrader 5 terminal with a simulated account that connects
 * to a Tradewire bridge and trades what it is sent, printing each request, until stopped
 * (Ctrl-C). For trying the bridge without a terminal; see docs/mt5-bridge.md.
 */
public final class Mt5StandInCommand {
    static final String USAGE = """
            usage: mt5-standin --connect tcp://HOST:PORT --token LINK_TOKEN [--mode hedging|netting]
                               [--balance 10000] [--server-key Z85] [--state FILE] [--heartbeat-ms 1000]""";
    private static final Set<String> OPTIONS = Set.of("--connect", "--token", "--mode", "--balance", "--server-key",
            "--state", "--heartbeat-ms");

    private final PrintStream out;
    private final PrintStream err;

    public Mt5StandInCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The stand-in's settings, checked. */
    record Options(String endpoint, String token, SimAccount.Mode mode, BigDecimal balance, String serverKey,
                   Path state, Duration heartbeat) {
    }

    public int run(List<String> args) {
        Optional<Options> parsed = parse(args);
        if (parsed.isEmpty()) {
            return 2;
        }
        Options o = parsed.get();
        SimAccount account = new SimAccount(o.mode(), "USD", o.balance(), 100, "5100001", "Tradewire-StandIn",
                Clock.systemUTC());
        CountDownLatch stop = new CountDownLatch(1);
        try (StandInTerminal terminal = new StandInTerminal(new StandInTerminal.Options(o.endpoint(), o.token(),
                o.heartbeat(), o.serverKey()), account, new ReplyMemory(1000, o.state()), Clock.systemUTC())
                .log(line -> out.println("[stand-in] " + line)).start()) {
            out.println("[stand-in] " + o.mode().name().toLowerCase() + " account, balance " + o.balance().toPlainString()
                    + " USD, connecting to " + o.endpoint() + " (Ctrl-C to stop)");
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    Optional<Options> parse(List<String> args) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!OPTIONS.contains(name) || i + 1 >= args.size()) {
                return fail(OPTIONS.contains(name) ? name + " needs a value" : "unknown option '" + name + "'");
            }
            named.put(name, args.get(i + 1));
        }
        String endpoint = named.get("--connect");
        if (endpoint == null || !endpoint.matches("tcp://[^:]+:\\d{1,5}")) {
            return fail("--connect must be tcp://HOST:PORT (the bridge's tradewire.mt5.bind), got '" + endpoint + "'");
        }
        String token = named.get("--token");
        if (token == null || !token.startsWith("twl_")) {
            return fail("--token must be the account's link token (it starts with twl_)");
        }
        String mode = named.getOrDefault("--mode", "hedging");
        if (!mode.equals("hedging") && !mode.equals("netting")) {
            return fail("--mode must be hedging or netting, got '" + mode + "'");
        }
        BigDecimal balance;
        int heartbeatMs;
        try {
            balance = new BigDecimal(named.getOrDefault("--balance", "10000"));
            heartbeatMs = Integer.parseInt(named.getOrDefault("--heartbeat-ms", "1000"));
        } catch (NumberFormatException e) {
            return fail("--balance must be a decimal and --heartbeat-ms a whole number");
        }
        if (balance.signum() < 0 || heartbeatMs < 10) {
            return fail("--balance must not be negative and --heartbeat-ms must be at least 10");
        }
        String key = named.get("--server-key");
        if (key != null && key.length() != 40) {
            return fail("--server-key must be the server's 40-character Z85 CURVE public key");
        }
        String state = named.get("--state");
        return Optional.of(new Options(endpoint, token, SimAccount.Mode.valueOf(mode.toUpperCase()), balance, key,
                state == null ? null : Path.of(state), Duration.ofMillis(heartbeatMs)));
    }

    private Optional<Options> fail(String why) {
        err.println("mt5-standin: " + why + "\n" + USAGE);
        return Optional.empty();
    }
}
