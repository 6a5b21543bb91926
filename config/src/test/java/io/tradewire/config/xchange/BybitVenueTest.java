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
import io.tradewire.trading.venue.xchange.ExchangeAccounts;
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
 * The whole engine on a Bybit unified (spot) account through XChange's real Bybit module (v5 API),
 * against the local exchange on 127.0.0.1: each case counts what reached the exchange's book.
 */
@MicronautTest(transactional = false)
class BybitVenueTest extends IntegrationTest {
    static final LocalExchange EXCHANGE = LocalExchange.start(0, Clock.systemUTC());

    @Inject
    Setup setup;
    @Inject
    ExchangeAccounts accounts;
    @Inject
    Pipeline pipeline;
    @Inject
    JobRunner runner;

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
    void anOrderIsAcceptedAndFilledWithTheClientOrderIdAsOrderLinkId() {
        Job job = follower("accept", "100");

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
        var onBook = EXCHANGE.order(ExchangeFollowers.key(job.name), cid).orElseThrow();
        assertThat(onBook.quantity()).as("marketUnit=baseCoin: the quantity is in BTC, not USDT")
                .isEqualByComparingTo("0.0025");
        assertThat(text("select venue_order_id from orders where client_order_id = '" + cid + "'"))
                .isEqualTo(Long.toString(onBook.orderId()));
        assertThat(text("select price::text from fills f join orders o on o.id = f.order_id where o.client_order_id = '"
                + cid + "'")).isEqualTo("40000");
    }

    @Test
    void aRefusalForBalanceIsFinalAndCarriesTheExchangesOwnMessage() {
        Job job = follower("poor", "100");
        EXCHANGE.script(Fault.INSUFFICIENT_BALANCE);

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");

        assertThat(orderStatus(cid)).isEqualTo("REJECTED");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .isEqualTo("bybit rejected the order: Insufficient balance. (retCode 170131)");
        assertThat(EXCHANGE.orders(cid)).isZero();
    }

    @Test
    void aRateLimitBacksOffThenSucceeds() {
        Job job = follower("rate", "100");
        EXCHANGE.script(Fault.RATE_LIMITED);

        String cid = post(job, "SOL/USDT LONG entry 100 SL 90");
        assertThat(text("select status_reason from orders where client_order_id = '" + cid + "'"))
                .startsWith("rate limited: bybit: Too many visits. Exceeded the API Rate Limit. (retCode 10006)");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
    }

    @Test
    void aTimeoutWhoseOrderReachedTheBookIsReconciledNotSentTwice() {
        Job job = follower("tout", "100");
        EXCHANGE.hang(Duration.ofMillis(1500));
        EXCHANGE.script(Fault.TIMEOUT_AFTER_BOOK);
        long acceptedBefore = EXCHANGE.acceptedOrders();

        String cid = post(job, "ETH/USDT LONG entry 2000 SL 1900");
        drain(runner, cid);

        assertThat(orderStatus(cid)).isEqualTo("FILLED");
        assertThat(sql("select attempts from orders where client_order_id = '" + cid + "'")).isEqualTo(2);
        assertThat(EXCHANGE.orders(cid)).isEqualTo(1);
        assertThat(EXCHANGE.acceptedOrders()).isEqualTo(acceptedBefore + 1);
    }

    @Test
    void anOrderBelowTheMinimumNotionalIsRefusedWithItsNumbers() {
        Job job = follower("tiny", "3");

        String cid = post(job, "BTC/USDT LONG entry 40000 SL 39000");

        // refused when decided, from the exchange's own rules: no order is made, nothing is sent
        assertThat(cid).isNull();
        assertThat(lastDecision(job)).startsWith("venue_minimum: order value 2.8 is below the minimum notional 5");
    }

    @Test
    void aWrongSecretIsRefusedWhenTheAccountIsAdded() {
        EXCHANGE.addAccount("bybit-key-wrong", "the-real-secret", java.util.Map.of("USDT", BigDecimal.TEN));
        setup.addSubscriber("test", "bywrong", BigDecimal.ZERO);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.add("test", new ExchangeAccounts.NewAccount(
                        "bywrong", "bybit", "bybit", "spot", EXCHANGE.baseUrl(), "bybit-key-wrong", "not-the-secret",
                        null)))
                .isInstanceOf(io.tradewire.trading.InvalidInputException.class)
                .hasMessage("bybit refused the key: error sign! Please check your signature generation algorithm."
                        + " (retCode 10004)");
        assertThat(sql("select count(*) from venue_accounts a join subscribers s on s.id = a.subscriber_id"
                + " where s.name = 'bywrong' and a.venue = 'XCHANGE'")).isZero();
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
        String channel = "@by-" + name;
        long provider = setup.addProvider("test", Source.TELEGRAM, channel, name).id();
        ExchangeFollowers.add(setup, accounts, EXCHANGE, "bybit", provider, name, new BigDecimal(quote),
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
