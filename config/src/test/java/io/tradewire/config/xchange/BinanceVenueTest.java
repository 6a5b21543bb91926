package io.tradewire.config.xchange;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.config.localexchange.Fault;
import io.tradewire.config.localexchange.LocalExchange;
import io.tradewire.trading.execution.JobRunner;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.xchange.ExchangeAccounts;
import io.tradewire.trading.venue.xchange.XChangeVenue;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole engine on a Binance account through XChange's real Binance module, against the local
 * exchange on 127.0.0.1: each case counts what reached the exchange's book.
 */
@MicronautTest(transactional = false)
class BinanceVenueTest extends IntegrationTest {
    static final LocalExchange EXCHANGE = LocalExchange.start(0, Clock.systemUTC());

    @Inject
    Setup setup;
    @Inject
    ExchangeAccounts accounts;
    @Inject
    Pipeline pipeline;
    @Inject
    JobRunner runner;
    @Inject
    XChangeVenue venue;
    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    io.micronaut.http.client.HttpClient http;

    private int serial;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("tradewire.execution.initial-backoff", "10ms");
        p.put("tradewire.execution.max-backoff", "40ms");
        p.put("tradewire.execution.max-attempts", "4");
        p.put("tradewire.execution.venue-timeout", "700ms");
        p.put("tradewire.execution.lease", "3s");
        p.put("tradewire.xchange.read-timeout", "600ms");
        return p;
    }

    @AfterEach
    void calm() {
        EXCHANGE.clearScript();
        EXCHANGE.latency(Duration.ZERO);
    }

    @AfterAll
    void stop() {
        EXCHANGE.close();
    }

    @Test
    void anOrderIsAcceptedAndFilledWithTheClientOrderIdInNewClientOrderId() {
        Job job = follower("accept", "100");

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
        var onBook = EXCHANGE.order(ExchangeFollowers.key(job.name), cid).orElseThrow();
        assertThat(onBook.clientOrderId()).isEqualTo(cid);
        assertThat(onBook.quantity()).isEqualByComparingTo("0.0025");
        assertThat(text("select venue_order_id from orders where client_order_id = '" + cid + "'"))
                .isEqualTo(Long.toString(onBook.orderId()));
        assertThat(text("select price::text from fills f join orders o on o.id = f.order_id where o.client_order_id = '"
                + cid + "'")).isEqualTo("40000");
        // the fee is charged in BTC on a buy; the venue reports it in USDT at the fill's price
        assertThat(new BigDecimal(text("select fee::text from fills f join orders o on o.id = f.order_id"
                + " where o.client_order_id = '" + cid + "'"))).isEqualByComparingTo("0.1");
    }

    @Test
    void aRefusalForBalanceIsFinalAndCarriesTheExchangesOwnMessage() {
        Job job = follower("poor", "100");
        EXCHANGE.script(Fault.INSUFFICIENT_BALANCE);

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");

        assertThat(orderStatus(cid)).isEqualTo("REJECTED");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .isEqualTo("binance rejected the order: Account has insufficient balance for requested action."
                        + " (code -2010)");
        assertThat(EXCHANGE.orders(cid)).isZero();
        String mine = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/orders")
                .header("Authorization", bearer("user", job.name)));
        assertThat(mine).as("the subscriber sees the exchange's own words").contains("\"status\":\"rejected\"",
                "Account has insufficient balance for requested action.");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(1);
    }

    @Test
    void a429WaitsForItsRetryAfterThenSucceeds() {
        Job job = follower("rate", "100");
        EXCHANGE.retryAfterSeconds(1);
        EXCHANGE.script(Fault.RATE_LIMITED);

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");
        assertThat(orderStatus(cid)).isEqualTo("NEW");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .startsWith("rate limited: binance: Too many requests; current limit is 1200 request weight per 1"
                        + " MINUTE. (code -1003) (retry after 1000 ms)");
        long waitMs = sql("select (extract(epoch from next_attempt_at - updated_at) * 1000)::bigint from orders"
                + " where client_order_id = '" + cid + "'");
        assertThat(waitMs).isGreaterThanOrEqualTo(1000L);
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
    }

    @Test
    void a5xxIsReconciledThenSentAgainAndFilledOnce() {
        Job job = follower("serr", "100");
        EXCHANGE.script(Fault.SERVER_ERROR);

        long acceptedBefore = EXCHANGE.acceptedOrders();

        // a 5xx may hide an executed order (Binance: "status unknown"): the retry asks for the id, finds none, sends
        String cid = post(job, "SOL/USDT LONG entry 100 SL 90");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(2);
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
        assertThat(EXCHANGE.acceptedOrders()).isEqualTo(acceptedBefore + 1);
    }

    @Test
    void aTimeoutWhoseOrderReachedTheBookIsReconciledNotSentTwice() {
        Job job = follower("tout", "100");
        EXCHANGE.hang(Duration.ofMillis(1500));
        EXCHANGE.script(Fault.TIMEOUT_AFTER_BOOK);

        long acceptedBefore = EXCHANGE.acceptedOrders();

        // the first attempt gives up after 700 ms with no answer; the retry asks for the id first
        String cid = post(job, "ETH/USDT LONG entry 2000 SL 1900");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(2);
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
        assertThat(EXCHANGE.acceptedOrders()).as("one order reached the book, none was sent again")
                .isEqualTo(acceptedBefore + 1);
        assertThat(sql("select count(*) from fills f join orders o on o.id = f.order_id where o.client_order_id = '"
                + cid + "'")).isEqualTo(1);
    }

    @Test
    void anOrderBelowTheMinimumNotionalIsRefusedWithItsNumbersBeforeAnythingIsSent() {
        Job job = follower("tiny", "3");
        long before = EXCHANGE.acceptedOrders();

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");

        // refused when decided, from the exchange's own rules: no order is made, nothing is sent
        assertThat(cid).isNull();
        assertThat(lastDecision(job)).startsWith("venue_minimum: order value 2.8 is below the minimum notional 5");
        assertThat(EXCHANGE.acceptedOrders()).isEqualTo(before);
    }

    @Test
    void aPairTheExchangeDoesNotListIsRefusedClearly() {
        Job job = follower("doge", "100");

        String cid = post(job, "DOGE/USDT LONG entry 0.1 SL 0.09");

        // refused when decided, from the exchange's own rules: no order is made, nothing is sent
        assertThat(cid).isNull();
        assertThat(lastDecision(job)).startsWith("not_listed: DOGEUSDT is not listed on account");
    }

    @Test
    void aRestingOrderIsFoundCancelledAndNeverPlacedTwiceByItsClientOrderId() {
        String channel = "@bn-rest";
        long provider = setup.addProvider("test", Source.TELEGRAM, channel, "rest").id();
        long account = ExchangeFollowers.add(setup, accounts, EXCHANGE, "binance", provider, "rest",
                new BigDecimal("100"), new BigDecimal("10000"));
        String cid = "tw0123456789abcdef0123456789abcd";
        sql("insert into orders (account_id, client_order_id, venue, symbol, side, type, intent, quantity, limit_price,"
                + " status, created_at, updated_at) values (" + account + ", '" + cid + "', 'XCHANGE', 'BTCUSDT',"
                + " 'BUY', 'LIMIT', 'OPEN', 0.001, 39000.127, 'PLACED', now(), now()) returning id");

        Placement placed = venue.place(new VenueOrder(account, cid, "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("0.00123"), new BigDecimal("39000.127"), new BigDecimal("40000")));

        assertThat(placed).isInstanceOf(Placement.Working.class);
        var onBook = EXCHANGE.order(ExchangeFollowers.key("rest"), cid).orElseThrow();
        assertThat(onBook.price()).as("a buy limit floored to the 0.01 tick").isEqualByComparingTo("39000.12");
        assertThat(venue.query(account, cid)).contains(placed);
        assertThat(venue.query(account, "tw-never-written")).isEmpty();

        assertThat(venue.cancel(account, cid)).isInstanceOf(Placement.Cancelled.class);
        assertThat(EXCHANGE.order(ExchangeFollowers.key("rest"), cid).orElseThrow().status()).isEqualTo("CANCELED");
        assertThat(venue.cancel(account, cid)).as("already cancelled: reports that").isInstanceOf(
                Placement.Cancelled.class);
        assertThat(venue.place(new VenueOrder(account, cid, "BTCUSDT", Side.BUY, OrderType.LIMIT,
                new BigDecimal("0.00123"), new BigDecimal("39000.127"), null)))
                .as("a repeated id answers with the order already there").isInstanceOf(Placement.Cancelled.class);
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);

        assertThat(venue.balances(account)).singleElement().satisfies(b -> {
            assertThat(b.currency()).isEqualTo("USDT");
            assertThat(b.total()).isEqualByComparingTo("10000");
            assertThat(b.available()).isEqualByComparingTo("10000");
        });
        var rules = venue.instrument(account, "BTC/USDT").orElseThrow();
        assertThat(rules.tickSize()).isEqualByComparingTo("0.01");
        assertThat(rules.lotStep()).isEqualByComparingTo("0.00001");
        assertThat(rules.minNotional()).isEqualByComparingTo("5");
        assertThat(venue.instrument(account, "DOGEUSDT")).isEmpty();
    }

    private record Job(String name, String channel) {
    }

    private String lastDecision(Job job) {
        return text("select d.rule || ': ' || d.reason from decisions d join signals s on s.id = d.signal_id"
                + " join inbox_messages m on m.id = s.inbox_message_id where m.message_id = '" + job.name + "-"
                + serial + "'");
    }

    private Job follower(String name, String quote) {
        return follower(name, quote, "10000");
    }

    private Job follower(String name, String quote, String usdt) {
        String channel = "@bn-" + name;
        long provider = setup.addProvider("test", Source.TELEGRAM, channel, name).id();
        ExchangeFollowers.add(setup, accounts, EXCHANGE, "binance", provider, name, new BigDecimal(quote),
                new BigDecimal(usdt));
        return new Job(name, channel);
    }

    private String post(Job job, String text) {
        serial++;
        pipeline.submit(new IncomingMessage(Source.TELEGRAM, job.channel, job.name + "-" + serial, "prov", text, null));
        return text("select o.client_order_id from orders o join signals s on s.id = o.signal_id"
                + " join inbox_messages m on m.id = s.inbox_message_id where m.message_id = '" + job.name + "-"
                + serial + "' order by o.id"); // the first leg: the entry (exits wait for it)
    }
}
