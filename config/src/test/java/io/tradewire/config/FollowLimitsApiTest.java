package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.trading.pipeline.Recovery;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A follow's filters end to end: symbols, trades per day, and the age of a post copied late. */
@MicronautTest(transactional = false)
class FollowLimitsApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Recovery recovery;

    @Override
    protected boolean drivesRecovery() {
        return true;
    }

    @BeforeAll
    void setUp() {
        long provider = post("/api/providers", Map.of("source", "telegram", "channel", "@lim", "name", "Lim"))
                .get("id").getLongValue();
        post("/api/subscribers", Map.of("name", "hank"));
        post("/api/follows", Map.of("subscriber", "hank", "provider_id", provider, "sizing_mode", "fixed_quote",
                "sizing_value", 100, "allowed_symbols", List.of("BTCUSDT", "XRPUSDT"), "max_trades_per_day", 1,
                "max_signal_age_seconds", 60));
    }

    @Test
    void symbolsOutsideTheAllowListAndTradesBeyondTheDailyCapAreRefusedWithTheRule() {
        assertThat(outcome("1", "ETH/USDT LONG entry 2000 SL 1900 TP 2200"))
                .isEqualTo("refused allowed_symbols: ETHUSDT is not in this follow's allowed symbols [BTCUSDT, XRPUSDT]");
        assertThat(outcome("2", "BTC/USDT LONG entry 40000 SL 39000 TP 42000")).startsWith("ordered ");
        assertThat(outcome("3", "BTC/USDT LONG entry 40100 SL 39000 TP 42000"))
                .isEqualTo("refused max_trades_per_day: this follow already entered 1 trades today; max_trades_per_day is 1");
    }

    @Test
    void aPostReadLateAfterAnOutageIsNotCopied() throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("insert into inbox_messages (source, channel, message_id, text, received_at, status) values"
                    + " ('TELEGRAM', '@lim', 'late', 'XRP/USDT LONG entry 0.5 SL 0.45 TP 0.6',"
                    + " now() - interval '2 hours', 'RECEIVED')");
        }

        recovery.runOnce();

        assertThat(sql("select count(*) from decisions d join signals s on s.id = d.signal_id"
                + " join inbox_messages m on m.id = s.inbox_message_id where m.message_id = 'late'"
                + " and d.rule = 'max_signal_age' and d.reason like 'the post is 72__ s old; max_signal_age_seconds is 60'"))
                .isEqualTo(1);
    }

    @Test
    void aPostHandedOverLateIsAsOldAsItsPostedAtSays() {
        String tenMinutesAgo = java.time.Instant.now().minusSeconds(600).toString();
        JsonNode d = post("/api/signals", Map.of("source", "telegram", "channel", "@lim", "message_id", "dated",
                "text", "XRP/USDT LONG entry 0.5 SL 0.45 TP 0.6", "posted_at", tenMinutesAgo)).get("decisions").get(0);
        assertThat(d.get("rule").getStringValue()).isEqualTo("max_signal_age");
        assertThat(d.get("reason").getStringValue()).matches("the post is 6\\d\\d s old; max_signal_age_seconds is 60");

        assertThatThrownBy(() -> post("/api/signals", Map.of("source", "telegram", "channel", "@lim",
                "message_id", "baddate", "text", "XRP/USDT LONG entry 0.5 SL 0.45 TP 0.6", "posted_at", "yesterday")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getResponse()
                        .getBody(JsonNode.class).orElseThrow().get("message").getStringValue()).isEqualTo(
                        "posted_at must be an ISO-8601 time with its offset, like 2026-11-23T10:15:30Z, got 'yesterday'"));
        assertThat(sql("select count(*) from inbox_messages where message_id = 'baddate'")).isZero();
    }

    @Test
    void aPositionIsClampedToTheFollowsShareOfTheBalance() {
        follow("@clamp", "ivy", 10000, 500, Map.of("max_position_pct", 1));

        JsonNode r = post("/api/signals", Map.of("source", "telegram", "channel", "@clamp", "message_id", "1",
                "text", "BTC/USDT LONG entry 40000 SL 39000 TP 42000"));

        assertThat(r.get("decisions").get(0).get("reason").getStringValue())
                .contains("capped at max_position_pct 1% of the balance");
        assertThat(r.get("orders").get(0).get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.0025");
    }

    @Test
    void badTradingHoursAndTimeZonesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> post("/api/subscribers", Map.of("name", "jo", "time_zone", "Mars/Olympus")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getResponse()
                        .getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                        .isEqualTo("time_zone must be a zone like Europe/Berlin or UTC, got 'Mars/Olympus'"));
        assertThat(sql("select count(*) from subscribers where name = 'jo'")).isZero();
        post("/api/subscribers", Map.of("name", "jo", "time_zone", "Asia/Tokyo"));
        assertThatThrownBy(() -> post("/api/follows", Map.of("subscriber", "jo", "provider_id", 1,
                "sizing_mode", "fixed_quote", "sizing_value", 10, "trading_hours", "9-5")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getResponse()
                        .getBody(JsonNode.class).orElseThrow().get("field").getStringValue()).isEqualTo("trading_hours"));
        post("/api/follows", Map.of("subscriber", "jo", "provider_id", 1, "sizing_mode", "fixed_quote",
                "sizing_value", 10, "trading_hours", "22:00-06:00"));
        assertThat(sql("select count(*) from follows where trading_hours = '22:00-06:00'")).isEqualTo(1);
    }

    @Test
    void afterTheDaysLossesReachTheLimitNoNewEntries() {
        follow("@loss", "kim", 1000, 500, Map.of("daily_loss_limit", "1%"));
        post("/api/signals", Map.of("source", "telegram", "channel", "@loss", "message_id", "1",
                "text", "LINK/USDT LONG entry 20 SL 19 TP 22"));
        http.toBlocking().exchange(HttpRequest.PUT("/api/prices/LINKUSDT", Map.of("price", 18))
                .header("Authorization", ADMIN));
        // the stop at 19 rests on the paper venue: the ticker at 18 goes through it and it fills there
        assertThat(sql("select round(f.price) from fills f join orders o on o.id = f.order_id"
                + " where o.leg = 'sl' and o.symbol = 'LINKUSDT'")).isEqualTo(18);
        JsonNode close = post("/api/signals", Map.of("source", "telegram", "channel", "@loss", "message_id", "2",
                "reply_to", "1", "text", "Close LINK now"));
        assertThat(close.get("orders").size()).isZero();
        assertThat(close.get("decisions").get(0).get("outcome").getStringValue()).isEqualTo("noted");

        JsonNode next = post("/api/signals", Map.of("source", "telegram", "channel", "@loss", "message_id", "3",
                "text", "ETH/USDT LONG entry 2000 SL 1900 TP 2200")).get("decisions").get(0);

        // 25 LINK bought at 20 and sold at 18: -50 realised, fees 0.50 + 0.45
        assertThat(next.get("rule").getStringValue()).isEqualTo("daily_loss_limit");
        assertThat(next.get("reason").getStringValue())
                .isEqualTo("today's loss 50.95 USDT has reached daily_loss_limit 1% (10.00)");
        // the peak balance stays where it was, for the max-drawdown rule
        assertThat(sql("select round(peak_cash * 100) from venue_accounts a join subscribers s"
                + " on s.id = a.subscriber_id where s.name = 'kim'")).isEqualTo(100_000L);
        assertThat(sql("select round(cash * 100) from venue_accounts a join subscribers s"
                + " on s.id = a.subscriber_id where s.name = 'kim'")).isEqualTo(94_905L);
    }

    @Test
    void aFollowPastItsMaxDrawdownEntersNothing() {
        follow("@dd", "lee", 1000, 500, Map.of("max_drawdown_pct", 3));
        post("/api/signals", Map.of("source", "telegram", "channel", "@dd", "message_id", "1",
                "text", "DOT/USDT LONG entry 10 SL 9 TP 12"));
        http.toBlocking().exchange(HttpRequest.PUT("/api/prices/DOTUSDT", Map.of("price", 9))
                .header("Authorization", ADMIN));
        post("/api/signals", Map.of("source", "telegram", "channel", "@dd", "message_id", "2", "reply_to", "1",
                "text", "Close DOT now"));

        JsonNode next = post("/api/signals", Map.of("source", "telegram", "channel", "@dd", "message_id", "3",
                "text", "ETH/USDT LONG entry 2000 SL 1900 TP 2200")).get("decisions").get(0);

        assertThat(next.get("rule").getStringValue()).isEqualTo("max_drawdown");
        assertThat(next.get("reason").getStringValue()).startsWith("the balance is 5.1% below its peak 1000.00");
    }

    @Test
    void badLimitsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> post("/api/follows", Map.of("subscriber", "hank", "provider_id", 1, "account", "x",
                "sizing_mode", "fixed_quote", "sizing_value", 10, "allowed_symbols", List.of("BTC/USDT"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("field").getStringValue())
                            .isEqualTo("allowed_symbols");
                });
    }

    /** A new provider on the channel and a new subscriber following it with a fixed quote and these limits. */
    private void follow(String channel, String subscriber, int balance, int quote, Map<String, ?> limits) {
        long provider = post("/api/providers", Map.of("source", "telegram", "channel", channel, "name", channel))
                .get("id").getLongValue();
        post("/api/subscribers", Map.of("name", subscriber, "starting_balance", balance));
        var body = new java.util.HashMap<String, Object>(Map.of("subscriber", subscriber, "provider_id", provider,
                "sizing_mode", "fixed_quote", "sizing_value", quote));
        body.putAll(limits);
        post("/api/follows", body);
    }

    private String outcome(String id, String text) {
        JsonNode d = post("/api/signals", Map.of("source", "telegram", "channel", "@lim", "message_id", id,
                "text", text)).get("decisions").get(0);
        return d.get("outcome").getStringValue() + (d.get("rule").isNull() ? " " : " " + d.get("rule").getStringValue()
                + ": ") + d.get("reason").getStringValue();
    }

    private JsonNode post(String path, Map<String, ?> body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", ADMIN), JsonNode.class);
    }
}
