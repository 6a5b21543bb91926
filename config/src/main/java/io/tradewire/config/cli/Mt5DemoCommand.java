package io.tradewire.config.cli;

import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.order.Fill;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.pipeline.PipelineResult;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.query.Viewer;
import io.tradewire.trading.venue.mt5.standin.SimAccount;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * {@code demo --venue mt5}: a forex and a gold signal through the MT5 bridge to a stand-in
 * terminal on 127.0.0.1 (real sockets, the EA's protocol), then the fills and the terminal's
 * positions. Runs on a fresh temporary data folder.
 */
public final class Mt5DemoCommand {
    private final PrintStream out;

    public Mt5DemoCommand(PrintStream out) {
        this.out = out;
    }

    public int run() {
        out.println("Tradewire demo over the MT5 bridge: one provider, alice's MT5 account (hedging, 100000 USD),"
                + " risk 0.1% per trade.\n");
        try (Mt5Local local = new Mt5Local(SimAccount.Mode.HEDGING, line -> out.println("  terminal: " + line))) {
            Pipeline pipeline = local.context().getBean(Pipeline.class);
            TradingQueries queries = local.context().getBean(TradingQueries.class);
            List<String[]> posts = List.of(
                    new String[] {"201", "EURUSD BUY now 1.0850 SL 1.0825 TP 1.0900"},
                    new String[] {"202", "GOLD sell 2650 SL 2655 TP 2640"});
            for (String[] post : posts) {
                out.println("post " + post[0] + ": " + post[1]);
                long started = System.nanoTime();
                PipelineResult result = pipeline.submit(new IncomingMessage(Source.TELEGRAM, Mt5Local.CHANNEL, post[0],
                        "fxgold", post[1], null));
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                if (!(result instanceof PipelineResult.Processed p)) {
                    out.println("  not processed\n");
                    continue;
                }
                p.decisions().forEach(d -> out.println("  decided  " + d.reason()));
                for (Order o : p.orders()) {
                    Order now = queries.orders(new Viewer.Admin("demo"), 1000).stream()
                            .filter(x -> x.id().equals(o.id())).findFirst().orElse(o);
                    List<Fill> fills = queries.fills(o.id());
                    BigDecimal contract = local.account.spec(o.symbol()).orElseThrow().contractSize();
                    out.println("  order    " + o.side().wire() + " " + o.quantity().toPlainString() + " " + o.symbol()
                            + " = " + o.quantity().divide(contract, MathContext.DECIMAL64).stripTrailingZeros()
                            .toPlainString() + " lots -> " + now.status().name().toLowerCase()
                            + (fills.isEmpty() ? "" : " @ " + fills.get(0).price().toPlainString())
                            + (now.venueOrderId() == null ? "" : ", MT5 ticket " + now.venueOrderId())
                            + " (post to fill " + tookMs + " ms)");
                }
                out.println();
            }
            out.println("== the terminal's positions ==");
            for (SimAccount.Position pos : local.account.positions()) {
                out.println("  #" + pos.ticket() + " " + (pos.buy() ? "buy " : "sell ") + pos.volume().toPlainString()
                        + " " + pos.symbol() + " @ " + pos.priceOpen().toPlainString() + "  magic " + pos.magic()
                        + "  comment " + pos.comment());
            }
            out.println("\n" + local.account.deals().size() + " MT5 deals, balance "
                    + local.account.balance().toPlainString() + " USD, equity " + local.account.equity().toPlainString()
                    + " USD.");
        }
        return 0;
    }
}
