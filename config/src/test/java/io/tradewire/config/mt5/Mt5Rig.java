package io.tradewire.config.mt5;

import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.mt5.bridge.Liveness;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.standin.ReplyMemory;
import io.tradewire.trading.venue.mt5.standin.SimAccount;
import io.tradewire.trading.venue.mt5.standin.StandInTerminal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One subscriber with an MT5 account following its own provider, and a stand-in terminal on
 * 127.0.0.1 linked to that account with the token the account was created with.
 */
final class Mt5Rig {
    final String name;
    final String channel;
    final long accountId;
    final String token;
    final SimAccount account;
    final ReplyMemory memory = new ReplyMemory(1000, null);
    private final Mt5Bridge bridge;
    StandInTerminal terminal;

    Mt5Rig(Setup setup, Mt5Links links, Mt5Bridge bridge, String name, SimAccount.Mode mode, BigDecimal brokerBalance,
           String suffix, Map<String, String> symbols) {
        this.name = name;
        this.channel = "@" + name;
        this.bridge = bridge;
        long provider = setup.addProvider("test", Source.TELEGRAM, channel, name).id();
        setup.addSubscriber("test", name, new BigDecimal("1000"));
        var created = links.create("test", new Mt5Links.NewAccount(name, "mt5", "USD", new BigDecimal("100000"), suffix,
                symbols));
        accountId = created.account().id();
        token = created.linkToken();
        // risk 0.1% of 100000 = 100 USD per trade: EURUSD 25 pips -> 40000 units = 0.40 lots
        setup.follow("test", name, provider, "mt5",
                new CopySettings(SizingMode.RISK_PERCENT, new BigDecimal("0.1"), null, false, null));
        account = new SimAccount(mode, "USD", brokerBalance, 100, "5100" + accountId, "Stand-In-Demo", Clock.systemUTC());
    }

    /** Starts a terminal (again) on the same broker account and reply memory, and waits until it is up. */
    StandInTerminal connect() {
        return connect(null);
    }

    /** As {@link #connect()}, through CURVE when {@code serverKey} (the server's public key) is set. */
    StandInTerminal connect(String serverKey) {
        terminal = new StandInTerminal(new StandInTerminal.Options(bridge.endpoint(), token, Duration.ofMillis(100),
                serverKey), account, memory, Clock.systemUTC())
                .log(line -> System.err.println("[stand-in " + name + "] " + line)).start();
        await("terminal of " + name + " up", () -> bridge.liveness(accountId) == Liveness.UP);
        return terminal;
    }

    void disconnect() {
        terminal.close();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder dump = new StringBuilder();
                Thread.getAllStackTraces().forEach((t, stack) -> {
                    if (t.getName().startsWith("mt5") || t.getName().startsWith("reaper") || t.getName().startsWith("iothread")) {
                        dump.append(t.getName()).append(' ').append(t.getState()).append('\n');
                        for (StackTraceElement e : stack) {
                            dump.append("    ").append(e).append('\n');
                        }
                    }
                });
                System.err.println(dump);
                throw new AssertionError("gave up waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
