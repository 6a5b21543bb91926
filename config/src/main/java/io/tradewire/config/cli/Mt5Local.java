package io.tradewire.config.cli;

import io.micronaut.context.ApplicationContext;
import io.tradewire.config.runtime.Boot;
import io.tradewire.config.runtime.TempDataDir;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.provider.Provider;
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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tradewire on a fresh embedded database with the MT5 bridge on a free port of 127.0.0.1, one
 * subscriber whose MT5 account follows one provider, and a stand-in terminal linked to it: what
 * {@code demo --venue mt5} and {@code bench mt5} run on.
 */
final class Mt5Local implements AutoCloseable {
    static final String CHANNEL = "@fx_gold_signals";

    final TempDataDir dir = new TempDataDir("tradewire-mt5-");
    final Boot boot;
    final long accountId;
    final Provider provider;
    final SimAccount account;
    final StandInTerminal terminal;

    Mt5Local(SimAccount.Mode mode, Consumer<String> terminalLog) {
        Map<String, Object> p = new HashMap<>();
        p.put("tradewire.mt5.enabled", "true");
        p.put("tradewire.mt5.bind", "tcp://127.0.0.1:*");
        p.put("tradewire.pipeline.recovery.enabled", "false");
        p.put("tradewire.execution.poller.enabled", "false");
        boot = Boot.start(dir.path(), false, p);
        ApplicationContext ctx = boot.context();
        Setup setup = ctx.getBean(Setup.class);
        provider = setup.addProvider("demo", Source.TELEGRAM, CHANNEL, "FX & Gold Signals");
        setup.addSubscriber("demo", "alice", null);
        var created = ctx.getBean(Mt5Links.class).create("demo", new Mt5Links.NewAccount("alice", "mt5", "USD",
                new BigDecimal("100000"), null, Map.of()));
        accountId = created.account().id();
        setup.follow("demo", "alice", provider.id(), "mt5",
                new CopySettings(SizingMode.RISK_PERCENT, new BigDecimal("0.1"), null, false, null));
        account = new SimAccount(mode, "USD", new BigDecimal("100000"), 100, "5100001", "Tradewire-StandIn",
                Clock.systemUTC());
        Mt5Bridge bridge = ctx.getBean(Mt5Bridge.class);
        terminal = new StandInTerminal(new StandInTerminal.Options(bridge.endpoint(), created.linkToken(),
                Duration.ofSeconds(1), null), account, new ReplyMemory(1000, null), Clock.systemUTC())
                .log(terminalLog).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (bridge.liveness(accountId) != Liveness.UP) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stand-in terminal did not link to " + bridge.endpoint());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the terminal linked", e);
            }
        }
    }

    ApplicationContext context() {
        return boot.context();
    }

    @Override
    public void close() {
        terminal.close();
        boot.close();
        dir.close();
    }
}
