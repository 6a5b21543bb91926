package io.tradewire.config.mt5;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.trading.execution.JobRunner;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.mt5.Mt5LotSizer;
import io.tradewire.trading.venue.mt5.Mt5Venue;
import io.tradewire.trading.venue.mt5.bridge.Liveness;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.protocol.Stamp;
import io.tradewire.trading.venue.mt5.standin.SimAccount;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals through the whole engine to a stand-in MT5 terminal over real JeroMQ sockets on
 * 127.0.0.1: fills, a broker refusal, lost replies, an expired request, a terminal that goes
 * away and comes back, a partial close, and lots sized from the terminal's own tick value.
 */
@MicronautTest(transactional = false)
class Mt5BridgeTest extends IntegrationTest {
    @Inject
    Setup setup;
    @Inject
    Mt5Links links;
    @Inject
    Mt5Bridge bridge;
    @Inject
    Mt5Venue venue;
    @Inject
    Pipeline pipeline;
    @Inject
    JobRunner runner;

    private int serial;
    private final java.util.List<Mt5Rig> rigs = new java.util.ArrayList<>();

    @AfterAll
    void closeTerminals() {
        rigs.forEach(Mt5Rig::disconnect);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("tradewire.mt5.enabled", "true");
        p.put("tradewire.mt5.bind", "tcp://127.0.0.1:*");
        p.put("tradewire.mt5.heartbeat-interval", "100ms");
        p.put("tradewire.mt5.stale-after", "400ms");
        p.put("tradewire.mt5.down-after", "800ms");
        p.put("tradewire.mt5.request-ttl", "1s");
        p.put("tradewire.mt5.resend-after", "200ms");
        p.put("tradewire.mt5.held-retry", "100ms");
        p.put("tradewire.execution.venue-timeout", "3s");
        p.put("tradewire.execution.lease", "10s");
        p.put("tradewire.execution.initial-backoff", "10ms");
        p.put("tradewire.execution.max-backoff", "40ms");
        p.put("tradewire.execution.max-attempts", "4");
        return p;
    }

    private Mt5Rig rig(String name, SimAccount.Mode mode, String brokerBalance) {
        return rig(name, mode, brokerBalance, "", Map.of());
    }

    private Mt5Rig rig(String name, SimAccount.Mode mode, String brokerBalance, String suffix, Map<String, String> map) {
        Mt5Rig r = new Mt5Rig(setup, links, bridge, name, mode, new BigDecimal(brokerBalance), suffix, map);
        rigs.add(r);
        r.connect();
        return r;
    }

    @Test
    void aForexSignalIsFilledOnTheTerminalAndStampedWithItsClientOrderId() {
        Mt5Rig r = rig("fill", SimAccount.Mode.HEDGING, "100000");

        String cid = post(r, "EURUSD BUY now 1.0850 SL 1.0825 TP 1.0900", null);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        // 100 USD risk over 0.0025 = 40000 units = 0.40 lots of 100000, filled at the stand-in's ask
        assertThat(text("select f.quantity || ' @ ' || f.price from fills f join orders o on o.id = f.order_id"
                + " where o.client_order_id = '" + cid + "'")).isEqualTo("40000 @ 1.08510");
        var positions = r.account.positions();
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).volume()).isEqualByComparingTo("0.40");
        assertThat(positions.get(0).magic()).isEqualTo(Stamp.of(cid).magic());
        assertThat(positions.get(0).comment()).isEqualTo(cid.substring(0, 31));
        assertThat(text("select venue_order_id from orders where client_order_id = '" + cid + "'"))
                .isEqualTo(positions.get(0).ticket());
    }

    @Test
    void aBrokerRefusalIsRejectedWithItsReturnCodeAndNotRetried() {
        Mt5Rig r = rig("nomoney", SimAccount.Mode.HEDGING, "100"); // 0.20 lots of gold needs 530 USD of margin

        String cid = post(r, "GOLD sell 2650 SL 2655 TP 2640", null);

        assertThat(orderStatus(cid)).isEqualTo("REJECTED");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .isEqualTo("MT5 10019 not enough money: margin 530.00 USD needed, 100.00 free");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(1);
        assertThat(r.account.deals()).isEmpty();
    }

    @Test
    void aLostReplyIsResentUnderTheSameIdAndAnsweredFromMemoryOneTradeNotTwo() {
        Mt5Rig r = rig("lost", SimAccount.Mode.HEDGING, "100000");
        r.terminal.dropReplies(Op.OPEN, 1);

        String cid = post(r, "EURUSD SELL now 1.0850 SL 1.0875", null);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(r.terminal.seen(Op.OPEN)).isEqualTo(2);
        assertThat(r.terminal.repeatsAnswered()).isEqualTo(1);
        assertThat(r.account.deals()).hasSize(1);
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(1);
    }

    @Test
    void repliesLostUntilTheRequestDiesAreReconciledBeforeAnythingIsSentAgain() {
        Mt5Rig r = rig("dead", SimAccount.Mode.NETTING, "100000");
        r.terminal.dropReplies(Op.OPEN, 1000);

        String cid = post(r, "EURUSD BUY now 1.0850 SL 1.0825", null);
        assertThat(r.account.deals()).as("the terminal traded, we never heard").hasSize(1);
        // every copy of the open carried one request id: only the first ran, the rest were answered from memory
        assertThat(r.terminal.seen(Op.OPEN)).isGreaterThan(1);
        assertThat(r.terminal.repeatsAnswered()).isEqualTo(r.terminal.seen(Op.OPEN) - 1);
        r.terminal.dropReplies(Op.OPEN, 0);
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(r.terminal.seen(Op.RECONCILE)).as("the next attempt asked first").isEqualTo(1);
        assertThat(r.account.deals()).hasSize(1);
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(2);
        assertThat(text("select f.quantity from fills f join orders o on o.id = f.order_id where o.client_order_id = '"
                + cid + "'")).isEqualTo("40000");
    }

    @Test
    void aRequestSeenAfterItsExpiryIsAnsweredExpiredAndNeverRunLate() {
        Mt5Rig r = rig("late", SimAccount.Mode.HEDGING, "100000");
        r.terminal.lag(Duration.ofSeconds(30)); // the terminal froze: it reads the request 30 s late

        String cid = post(r, "EURUSD BUY now 1.0850 SL 1.0825", null);
        assertThat(orderStatus(cid)).isEqualTo("NEW");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .startsWith("the terminal received the request after it expired and did not run it; nothing was traded");
        assertThat(r.account.deals()).isEmpty();
        r.terminal.lag(Duration.ZERO);
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(r.account.deals()).hasSize(1);
    }

    @Test
    void aTerminalThatGoesAwayHoldsItsJobsTellsTheSubscriberAndTheJobsRunWhenItIsBack() {
        Mt5Rig r = rig("away", SimAccount.Mode.HEDGING, "100000");
        r.disconnect();
        Mt5Rig.await("terminal down", () -> bridge.liveness(r.accountId) == Liveness.DOWN);
        Mt5Rig.await("down recorded", () -> sql("select count(*) from account_events where account_id = "
                + r.accountId + " and kind = 'terminal.down'") == 1);

        String cid = post(r, "EURUSD BUY now 1.0850 SL 1.0825", null);
        runner.runDue(10);
        assertThat(orderStatus(cid)).isEqualTo("NEW");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .startsWith("held: the MT5 terminal is down: no heartbeat since ");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isZero();

        r.connect();
        drain(runner, cid);
        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(r.account.deals()).hasSize(1);
        // stale comes between up and down when the sweeper runs in the window (TerminalsTest pins it with a clock)
        assertThat(text("select string_agg(kind, ',' order by id) from account_events where account_id = "
                + r.accountId).split(",")).containsSubsequence("terminal.linked", "terminal.up", "terminal.down",
                "terminal.linked", "terminal.up");
        assertThat(text("select detail from account_events where kind = 'terminal.down' and account_id = "
                + r.accountId)).endsWith("is down (no heartbeat for 800 ms): orders for this account are held until it"
                + " is back");
    }

    @Test
    void closeHalfOfAGoldTradeClosesHalfOnTheTerminalUnderItsBrokerName() {
        Mt5Rig r = rig("half", SimAccount.Mode.HEDGING, "100000", ".m", Map.of("XAUUSD", "GOLD"));
        r.account.alias("GOLD", "XAUUSD");

        String open = post(r, "GOLD sell 2650 SL 2655 TP 2640", null);
        assertThat(orderStatus(open)).isEqualTo("FILLED");
        assertThat(r.account.positions()).singleElement().satisfies(p -> {
            assertThat(p.symbol()).isEqualTo("GOLD");
            assertThat(p.volume()).isEqualByComparingTo("0.20");
        });
        String close = post(r, "Close half of gold", r.name + "-" + serial);

        assertThat(orderStatus(close)).isEqualTo("FILLED");
        assertThat(r.account.positions()).singleElement().satisfies(p -> {
            assertThat(p.buy()).as("still the sell, no hedge opened").isFalse();
            assertThat(p.volume()).isEqualByComparingTo("0.10");
        });
        assertThat(r.account.deals()).extracting(SimAccount.Deal::entry).containsExactly("in", "out");
        assertThat(text("select quantity from positions where account_id = " + r.accountId)).isEqualTo("-10");
    }

    @Test
    void theEnginesRiskSizingOnUsdjpyUsesTheTerminalsTickValue() {
        Mt5Rig r = rig("jpyrisk", SimAccount.Mode.NETTING, "100000");
        r.account.price("USDJPY", new BigDecimal("160.000"), new BigDecimal("160.012"));

        // 1% of 10000 = 100 USD over 0.5 JPY: 500 ticks of 0.001 at 0.625 USD a lot = 312.5 a lot,
        // so 0.32 lots = 32000 units (price arithmetic alone would give 200 units)
        String cid = post(r, "USDJPY SELL now 160.000 SL 160.500", null);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(text("select trim_scale(quantity)::text from orders where client_order_id = '" + cid + "'"))
                .isEqualTo("32000");
        assertThat(r.account.positions().get(0).volume()).isEqualByComparingTo("0.32");
    }

    @Test
    void lotsFromRiskUseTheTerminalsTickValueForUsdjpy() {
        Mt5Rig r = rig("jpy", SimAccount.Mode.NETTING, "100000");
        r.account.price("USDJPY", new BigDecimal("160.000"), new BigDecimal("160.012"));

        var lots = venue.lotsForRisk(r.accountId, "USDJPY", new BigDecimal("100"), new BigDecimal("0.500"));

        assertThat(lots).isInstanceOfSatisfying(Mt5LotSizer.Lots.class, l -> {
            assertThat(l.lots()).isEqualByComparingTo("0.32");
            assertThat(l.lossPerLot()).isEqualByComparingTo("312.5");
        });
        assertThat(venue.lotsForRisk(r.accountId, "NOPE", BigDecimal.TEN, BigDecimal.ONE))
                .isEqualTo(new Mt5LotSizer.Refused("NOPE is not listed on the terminal (looked for 'NOPE')"));
    }

    @Test
    void aTokenThatIsRotatedUnlinksTheTerminalAndTheOldTokenIsRefused() {
        Mt5Rig r = rig("rotate", SimAccount.Mode.HEDGING, "100000");

        String fresh = links.rotate("test", r.accountId);

        assertThat(fresh).startsWith("twl_").isNotEqualTo(r.token);
        Mt5Rig.await("old token refused", () -> r.terminal.refusal() != null);
        assertThat(r.terminal.refusal()).isEqualTo("link token not recognised (rotated or mistyped): paste the"
                + " account's current token into the EA's LinkToken input");
        assertThat(r.terminal.linked()).isFalse();
        assertThat(text("select token_hash from mt5_links where account_id = " + r.accountId))
                .hasSize(64).doesNotContain(fresh);
    }

    /** Submits a post (a reply to {@code replyTo} when set) and returns its order's client order id. */
    private String post(Mt5Rig r, String text, String replyTo) {
        serial++;
        String id = r.name + "-" + serial;
        pipeline.submit(new IncomingMessage(Source.TELEGRAM, r.channel, id, "prov", text, replyTo));
        String cid = text("select o.client_order_id from orders o join signals s on s.id = o.signal_id"
                + " join inbox_messages m on m.id = s.inbox_message_id where m.message_id = '" + id + "'"
                + " order by o.id"); // the first leg: the entry or the close (exits wait for an entry)
        assertThat(cid).as("an order for post " + id + ": " + text("select d.reason from decisions d join signals s"
                + " on s.id = d.signal_id join inbox_messages m on m.id = s.inbox_message_id where m.message_id = '"
                + id + "'")).isNotNull();
        return cid;
    }
}
