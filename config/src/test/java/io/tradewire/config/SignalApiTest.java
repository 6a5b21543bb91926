package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The walking skeleton end to end over HTTP, on the real database, with its bad inputs. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignalApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;

    long providerId;

    @BeforeAll
    void setUp() {
        providerId = post("/api/providers", Map.of("source", "telegram", "channel", "@alpha", "name", "Alpha"))
                .body().get("id").getLongValue();
        post("/api/subscribers", Map.of("name", "alice", "starting_balance", 10000));
        post("/api/subscribers", Map.of("name", "bob", "starting_balance", 2000));
        post("/api/follows", Map.of("subscriber", "alice", "provider_id", providerId, "sizing_mode", "risk_percent",
                "sizing_value", 1, "require_stop_loss", true, "max_leverage", 3));
        post("/api/follows", Map.of("subscriber", "bob", "provider_id", providerId, "sizing_mode", "fixed_quote",
                "sizing_value", 500));
    }

    @Test
    @Order(1) // alice's and bob's balances are still the starting ones
    void anOpenSignalIsParsedDecidedPerFollowerAndFilledOnPaper() {
        HttpResponse<JsonNode> r = post("/api/signals", Map.of("source", "telegram", "channel", "@alpha",
                "message_id", "1", "author", "alpha",
                "text", "BTC/USDT LONG\nEntry 42000-42500\nTP1 43000\nTP2 44000\nSL 41000"));

        assertThat(r.code()).isEqualTo(HttpStatus.CREATED.getCode());
        JsonNode signal = r.body().get("signal");
        assertThat(signal.get("kind").getStringValue()).isEqualTo("open");
        assertThat(signal.get("symbol").getStringValue()).isEqualTo("BTCUSDT");
        assertThat(signal.get("side").getStringValue()).isEqualTo("buy");
        assertThat(signal.get("stop_loss").getBigDecimalValue()).isEqualByComparingTo("41000");
        JsonNode decisions = r.body().get("decisions");
        assertThat(decisions.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(decisions.get(i).get("outcome").getStringValue()).isEqualTo("ordered");
        }
        JsonNode orders = r.body().get("orders");
        // each follower's plan: the market entry, then its stop and two targets, resting on paper once it filled
        assertThat(orders.size()).isEqualTo(8);
        // alice risks 1% of 10000 over a stop 1250 below the zone's middle 42250: 0.08 BTC
        JsonNode alice = orderOf(orders, decisions, "alice");
        assertThat(alice.get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.08");
        assertThat(alice.get("status").getStringValue()).isEqualTo("filled");
        assertThat(alice.get("fills").get(0).get("price").getBigDecimalValue()).isEqualByComparingTo("42250");
        // bob spends 500 at 42250: floored to the paper lot step of 1e-8
        JsonNode bob = orderOf(orders, decisions, "bob");
        assertThat(bob.get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.01183431");

        JsonNode positions = get("/api/positions", bearer("user", "alice")).body();
        assertThat(positions.size()).isEqualTo(1);
        assertThat(positions.get(0).get("symbol").getStringValue()).isEqualTo("BTCUSDT");
        assertThat(positions.get(0).get("side").getStringValue()).isEqualTo("long");
        assertThat(positions.get(0).get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.08");

        JsonNode timing = r.body().get("timing");
        BigDecimal parsed = timing.get("parsed_ms").getBigDecimalValue();
        BigDecimal decided = timing.get("decided_ms").getBigDecimalValue();
        BigDecimal persisted = timing.get("persisted_ms").getBigDecimalValue();
        BigDecimal firstSent = timing.get("first_order_sent_ms").getBigDecimalValue();
        BigDecimal lastSent = timing.get("last_order_sent_ms").getBigDecimalValue();
        BigDecimal firstFill = timing.get("first_fill_ms").getBigDecimalValue();
        assertThat(parsed).isNotNegative();
        assertThat(decided).isGreaterThanOrEqualTo(parsed);
        assertThat(persisted).isGreaterThanOrEqualTo(decided);
        // a batch's jobs go as soon as it commits, so sending can start before the routed mark
        assertThat(firstSent).isGreaterThanOrEqualTo(decided);
        assertThat(lastSent).isGreaterThanOrEqualTo(firstSent);
        assertThat(firstFill).isGreaterThanOrEqualTo(firstSent);

        long id = signal.get("id").getLongValue();
        JsonNode again = get("/api/signals/" + id, ADMIN).body();
        assertThat(again.get("signal").get("take_profits").size()).isEqualTo(2);
        assertThat(again.get("orders").size()).isEqualTo(8);
    }

    @Test
    void aFollowUpClosesPartOfThePositionItFollows() {
        long beta = post("/api/providers", Map.of("source", "telegram", "channel", "@beta", "name", "Beta"))
                .body().get("id").getLongValue();
        post("/api/subscribers", Map.of("name", "carol", "starting_balance", 10000));
        post("/api/follows", Map.of("subscriber", "carol", "provider_id", beta, "sizing_mode", "risk_percent",
                "sizing_value", 1));
        post("/api/signals", Map.of("channel", "@beta", "source", "telegram", "message_id", "20",
                "text", "ETH/USDT LONG entry 2000 SL 1900 TP 2200"));
        http.toBlocking().exchange(HttpRequest.PUT("/api/prices/ETHUSDT", Map.of("price", 2100))
                .header("Authorization", ADMIN));
        HttpResponse<JsonNode> r = post("/api/signals", Map.of("channel", "@beta", "source", "telegram",
                "message_id", "21", "reply_to", "20", "text", "Close half of ETH"));

        JsonNode signal = r.body().get("signal");
        assertThat(signal.get("kind").getStringValue()).isEqualTo("update");
        assertThat(signal.get("action").getStringValue()).isEqualTo("close_partial");
        assertThat(signal.get("parent_signal_id").isNull()).isFalse();
        JsonNode orders = r.body().get("orders");
        assertThat(orders.size()).isEqualTo(1);
        assertThat(orders.get(0).get("side").getStringValue()).isEqualTo("sell");
        assertThat(orders.get(0).get("intent").getStringValue()).isEqualTo("close");
        assertThat(orders.get(0).get("fills").get(0).get("price").getBigDecimalValue()).isEqualByComparingTo("2100");
        // carol risked 1% of 10000 over a 100 stop: 1 ETH at 2000; half sold at 2100 realises 50
        JsonNode eth = find(get("/api/positions", bearer("user", "carol")).body(), "ETHUSDT");
        assertThat(eth.get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.5");
        assertThat(eth.get("realized_pnl").getBigDecimalValue()).isEqualByComparingTo("50");
        // cash: 10000 + 50 realised - fees 0.1% of 2000 and of 1050
        long cash = sql("select round(cash * 100) from venue_accounts a join subscribers s on s.id = a.subscriber_id"
                + " where s.name = 'carol'");
        assertThat(cash).isEqualTo(1_004_695L);
    }

    @Test
    void chatterIsStoredAsNoneAndNothingIsOrdered() {
        long ordersBefore = sql("select count(*) from orders");
        HttpResponse<JsonNode> r = post("/api/signals", Map.of("channel", "@alpha", "source", "telegram",
                "message_id", "30", "text", "Good morning everyone, big week ahead!"));

        assertThat(r.body().get("signal").get("kind").getStringValue()).isEqualTo("none");
        assertThat(r.body().get("signal").get("reason").getStringValue()).isNotBlank();
        assertThat(r.body().get("decisions").size()).isZero();
        assertThat(r.body().get("timing").get("first_order_sent_ms").isNull()).isTrue();
        assertThat(sql("select count(*) from orders")).isEqualTo(ordersBefore);
        assertThat(sql("select count(*) from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '30' and s.kind = 'NONE'")).isEqualTo(1);
    }

    @Test
    void aSignalWithImpossiblePricesIsStoredFlaggedAndRefusedForEveryFollower() {
        long ordersBefore = sql("select count(*) from orders");
        HttpResponse<JsonNode> r = post("/api/signals", Map.of("channel", "@alpha", "source", "telegram",
                "message_id", "35", "text", "BUY BTC/USDT 42000 SL 43000 TP 44000"));

        JsonNode signal = r.body().get("signal");
        assertThat(signal.get("kind").getStringValue()).isEqualTo("open");
        assertThat(signal.get("reason").getStringValue())
                .isEqualTo("invalid_prices: the stop loss 43000 is at or above the entry 42000 of a buy");
        JsonNode decisions = r.body().get("decisions");
        assertThat(decisions.size()).isEqualTo(2);
        for (int i = 0; i < decisions.size(); i++) {
            assertThat(decisions.get(i).get("outcome").getStringValue()).isEqualTo("refused");
            assertThat(decisions.get(i).get("rule").getStringValue()).isEqualTo("flagged_signal");
        }
        assertThat(sql("select count(*) from orders")).isEqualTo(ordersBefore);
    }

    @Test
    void aPostWithTwoSignalsStoresAndTradesBoth() {
        HttpResponse<JsonNode> r = post("/api/signals", Map.of("channel", "@alpha", "source", "telegram",
                "message_id", "70", "text", "BTC/USDT LONG 42000 SL 41000 TP 44000\n\nETH/USDT SHORT 2300 SL 2400 TP 2100"));

        JsonNode body = r.body();
        assertThat(body.get("signal").get("symbol").getStringValue()).isEqualTo("BTCUSDT");
        assertThat(body.get("other_signals").size()).isEqualTo(1);
        JsonNode eth = body.get("other_signals").get(0);
        assertThat(eth.get("symbol").getStringValue()).isEqualTo("ETHUSDT");
        assertThat(eth.get("side").getStringValue()).isEqualTo("sell");
        assertThat(body.get("decisions").size()).isEqualTo(4);
        long ethDecisions = 0;
        for (int i = 0; i < 4; i++) {
            if (body.get("decisions").get(i).get("signal_id").getLongValue() == eth.get("id").getLongValue()) {
                ethDecisions++;
            }
        }
        assertThat(ethDecisions).isEqualTo(2);
        // per follower and signal: the entry, its stop and its target
        assertThat(body.get("orders").size()).isEqualTo(12);
        assertThat(sql("select count(*) from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '70'")).isEqualTo(2);
        assertThat(sql("select max(ordinal) from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '70'")).isEqualTo(1);
    }

    @Test
    void aDuplicateMessageIdIsStoredOnceAndOrdersNothingTwice() {
        Map<String, Object> body = Map.of("channel", "@alpha", "source", "telegram", "message_id", "40",
                "text", "SOL/USDT short entry 150 SL 160 TP 130");
        HttpResponse<JsonNode> first = post("/api/signals", body);
        long orders = sql("select count(*) from orders");
        HttpResponse<JsonNode> second = post("/api/signals", body);

        assertThat(first.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(second.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(second.body().get("duplicate").getBooleanValue()).isTrue();
        assertThat(second.body().get("signal").get("id").getLongValue())
                .isEqualTo(first.body().get("signal").get("id").getLongValue());
        assertThat(sql("select count(*) from inbox_messages where message_id = '40'")).isEqualTo(1);
        assertThat(sql("select count(*) from orders")).isEqualTo(orders);
    }

    @Test
    void anUnknownProviderIsRefusedWithItsReasonStoredAndNoSignal() {
        HttpClientResponseException e = postFailing("/api/signals", Map.of("channel", "@nobody",
                "source", "telegram", "message_id", "50", "text", "BTC/USDT LONG 42000 SL 41000"), ADMIN);

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                .contains("no provider is registered for telegram channel '@nobody'");
        assertThat(sql("select count(*) from inbox_messages where channel = '@nobody' and status = 'UNROUTED'"
                + " and status_reason like 'no provider%'")).isEqualTo(1);
        assertThat(sql("select count(*) from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.channel = '@nobody'")).isZero();
    }

    @Test
    void malformedJsonIsA400ThatSaysWhatIsWrong() {
        HttpClientResponseException e = assertThrows400(HttpRequest.POST("/api/signals", "{\"text\": \"BTC")
                .contentType(MediaType.APPLICATION_JSON).header("Authorization", ADMIN));

        assertThat(e.getResponse().getBody(String.class).orElse(""))
                .startsWith("{\"message\":\"malformed JSON in the request body: ")
                .contains("Unexpected end-of-input");
    }

    @Test
    void missingFieldsAndBadValuesNameTheField() {
        HttpClientResponseException noText = postFailing("/api/signals", Map.of("channel", "@alpha",
                "source", "telegram"), ADMIN);
        assertThat(noText.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(noText.getResponse().getBody(JsonNode.class).orElseThrow().get("field").getStringValue())
                .isEqualTo("text");

        HttpClientResponseException badSource = postFailing("/api/signals", Map.of("channel", "@alpha",
                "source", "fax", "text", "BTC long"), ADMIN);
        assertThat(badSource.getResponse().getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                .contains("source must be one of");

        HttpClientResponseException badRisk = postFailing("/api/follows", Map.of("subscriber", "bob",
                "provider_id", providerId, "account", "paper", "sizing_mode", "risk_percent", "sizing_value", 50),
                ADMIN);
        assertThat(badRisk.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(badRisk.getResponse().getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                .isEqualTo("sizing_value for risk_percent must be in (0, 10], got 50");
        assertThat(sql("select count(*) from follows f join subscribers s on s.id = f.subscriber_id"
                + " where s.name = 'bob'")).isEqualTo(1);
    }

    @Test
    void noTokenOrABadTokenIs401() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/orders")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        String forged = new io.tradewire.config.cli.TokenCommand("another-secret-that-is-32-bytes-long!!",
                java.time.Clock.systemUTC()).sign("admin", "ops", java.time.Duration.ofHours(1));
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/orders")
                .header("Authorization", "Bearer " + forged)))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void aUserSeesOnlyTheirOwnOrdersAndPositionsAndCannotPostSignals() {
        post("/api/signals", Map.of("channel", "@alpha", "source", "telegram", "message_id", "60",
                "text", "XRP/USDT LONG entry 0.5 SL 0.45 TP 0.6"));
        JsonNode all = get("/api/orders", ADMIN).body();
        JsonNode bobs = get("/api/orders", bearer("user", "bob")).body();
        long bobAccount = sql("select a.id from venue_accounts a join subscribers s on s.id = a.subscriber_id"
                + " where s.name = 'bob'");

        assertThat(bobs.size()).isPositive().isLessThan(all.size());
        for (int i = 0; i < bobs.size(); i++) {
            assertThat(bobs.get(i).get("account_id").getLongValue()).isEqualTo(bobAccount);
        }
        JsonNode positions = get("/api/positions", bearer("user", "bob")).body();
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i).get("account_id").getLongValue()).isEqualTo(bobAccount);
        }
        assertThat(get("/api/orders", bearer("user", "mallory")).body().size()).isZero();
        long signalId = sql("select s.id from signals s join inbox_messages m on m.id = s.inbox_message_id"
                + " where m.message_id = '60'");
        JsonNode seenByBob = get("/api/signals/" + signalId, bearer("user", "bob")).body();
        assertThat(seenByBob.get("decisions").size()).isEqualTo(1);
        assertThat(seenByBob.get("decisions").get(0).get("subscriber").getStringValue()).isEqualTo("bob");

        HttpClientResponseException e = postFailing("/api/signals", Map.of("channel", "@alpha", "source",
                "telegram", "text", "BTC long 1"), bearer("user", "bob"));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    private JsonNode orderOf(JsonNode orders, JsonNode decisions, String subscriber) {
        long account = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).get("subscriber").getStringValue().equals(subscriber)) {
                account = decisions.get(i).get("account_id").getLongValue();
            }
        }
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).get("account_id").getLongValue() == account) {
                return orders.get(i);
            }
        }
        throw new AssertionError("no order for " + subscriber);
    }

    private static JsonNode find(JsonNode positions, String symbol) {
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i).get("symbol").getStringValue().equals(symbol)) {
                return positions.get(i);
            }
        }
        throw new AssertionError("no position in " + symbol);
    }

    private HttpResponse<JsonNode> post(String path, Map<String, ?> body) {
        return http.toBlocking().exchange(HttpRequest.POST(path, body).header("Authorization", ADMIN), JsonNode.class);
    }

    private HttpResponse<JsonNode> get(String path, String auth) {
        return http.toBlocking().exchange(HttpRequest.GET(path).header("Authorization", auth), JsonNode.class);
    }

    private HttpClientResponseException postFailing(String path, Map<String, ?> body, String auth) {
        try {
            http.toBlocking().exchange(HttpRequest.POST(path, body).header("Authorization", auth), JsonNode.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected " + path + " to fail");
    }

    private HttpClientResponseException assertThrows400(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
            return e;
        }
        throw new AssertionError("expected a 400");
    }
}
