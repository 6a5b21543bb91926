package io.tradewire.config.cli;

import io.micronaut.context.ApplicationContext;
import io.tradewire.config.runtime.Boot;
import io.tradewire.config.runtime.Env;
import io.tradewire.config.runtime.DataDir;
import io.tradewire.config.runtime.TempDataDir;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.pipeline.PipelineResult;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.provider.Provider;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.setup.Setup;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code demo}: one provider, two paper followers with different risk settings, a handful of
 * posts (signals, chatter, follow-ups), then what was parsed, decided, ordered and filled.
 * Uses a fresh temporary data folder (removed afterwards) unless TRADEWIRE_DATA_DIR is set.
 */
public final class DemoCommand {
    static final String CHANNEL = "@alpha_signals";

    private final PrintStream out;

    public DemoCommand(PrintStream out) {
        this.out = out;
    }

    public int run() {
        TempDataDir temporary = Env.get(DataDir.ENV) == null ? new TempDataDir("tradewire-demo-") : null;
        Path dataDir = temporary != null ? temporary.path() : DataDir.resolve();
        try (Boot boot = Boot.start(dataDir, false, Map.of("tradewire.pipeline.recovery.enabled", "false"))) {
            play(boot.context());
        } finally {
            if (temporary != null) {
                temporary.close();
            }
        }
        return 0;
    }

    private void play(ApplicationContext ctx) {
        Setup setup = ctx.getBean(Setup.class);
        Pipeline pipeline = ctx.getBean(Pipeline.class);
        PriceBook prices = ctx.getBean(PriceBook.class);
        DemoReport report = new DemoReport(out, ctx.getBean(TradingQueries.class));

        out.println("Tradewire demo: one provider, two paper followers, six posts.\n");
        Provider provider = setup.addProvider("demo", Source.TELEGRAM, CHANNEL, "Alpha Signals");
        setup.addSubscriber("demo", "alice", new BigDecimal("10000"));
        setup.addSubscriber("demo", "bob", new BigDecimal("2000"));
        setup.follow("demo", "alice", provider.id(), null,
                new CopySettings(SizingMode.RISK_PERCENT, new BigDecimal("1"), 3, true, 3));
        setup.follow("demo", "bob", provider.id(), null,
                new CopySettings(SizingMode.FIXED_QUOTE, new BigDecimal("500"), 5, false, null));
        out.println("""
                provider  Alpha Signals (telegram %s)
                alice     paper 10000 USDT, risks 1%% of equity per trade, needs a stop loss, leverage up to 3x
                bob       paper  2000 USDT, 500 USDT per trade, leverage up to 5x
                """.formatted(CHANNEL));

        List<Post> posts = List.of(
                new Post("101", null, "BTC/USDT LONG\nEntry 42000-42500\nTP1 43000\nTP2 44000\nSL 41000\nLeverage 10x"),
                new Post("102", null, "Good morning traders! Big week ahead, stay tuned"),
                new Post("103", null, "ETHUSDT buy now 2300, targets 2400 / 2500"),
                new Post("104", "101", "Close half of BTC"),
                new Post("105", "101", "BTC move SL to breakeven"),
                new Post("106", null, "SOL/USDT short entry 150 SL 160 TP 130"));
        for (Post post : posts) {
            if (post.id.equals("104")) {
                prices.update("BTCUSDT", new BigDecimal("43100"));
                out.println("-- ticker: BTCUSDT now 43100\n");
            }
            PipelineResult result = pipeline.submit(new IncomingMessage(Source.TELEGRAM, CHANNEL, post.id, "alpha",
                    post.text, post.replyTo));
            report.post(post.id, post.text, result);
        }
        PipelineResult again = pipeline.submit(new IncomingMessage(Source.TELEGRAM, CHANNEL, "101", "alpha",
                posts.get(0).text, null));
        out.println("-- post 101 delivered a second time: " + (again instanceof PipelineResult.Processed p
                && p.duplicate() ? "recognised as a duplicate, nothing ordered twice" : "NOT recognised") + "\n");
        report.summary(List.of("alice", "bob"));
    }

    private record Post(String id, String replyTo, String text) {
    }
}
