package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Results from real trades through the API, on a clock the test moves across UTC days. Paper
 * fills pay 0.1% of their value. Provider S ("@stats") and provider Q ("@other"); max copies S
 * with 1000 a trade (10 SOL at 100) and Q with 1000, nina copies S with 500 (5 SOL); both start
 * with 10000.
 * <pre>
 * 03-01  S long 100 SL 90, closed at 110: max +100 - fees 1.0 + 1.1 = 97.9,  R 97.9 / 100 = 0.979
 *                                         nina +50 - fees 0.5 + 0.55 = 48.95, R 48.95 / 50 = 0.979
 * 03-02  S long 100 SL 95, closed at 97:  max -30 - fees 1.0 + 0.97 = -31.97, R -31.97 / 50 = -0.6394
 *                                         nina -15 - 0.5 - 0.485 = -15.985,   R -15.985 / 25 = -0.6394
 * 03-04  Q long 100 (no SL), closed at 104: max +40 - 1.0 - 1.04 = 37.96, no R
 *        S short 100 SL 110, left open; the ticker goes to 98
 * </pre>
 */
@MicronautTest(transactional = false)
class StatsApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2024-03-01T10:00:00Z"));

    @Inject
    @Client("/")
    HttpClient http;

    long providerS;
    long providerQ;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeAll
    void trade() {
        providerS = post("/api/providers", Map.of("source", "telegram", "channel", "@stats", "name", "S"))
                .get("id").getLongValue();
        providerQ = post("/api/providers", Map.of("source", "telegram", "channel", "@other", "name", "Q"))
                .get("id").getLongValue();
        post("/api/subscribers", Map.of("name", "max", "starting_balance", 10000));
        post("/api/subscribers", Map.of("name", "nina", "starting_balance", 10000));
        post("/api/follows", Map.of("subscriber", "max", "provider_id", providerS, "sizing_mode", "fixed_quote",
                "sizing_value", 1000));
        post("/api/follows", Map.of("subscriber", "nina", "provider_id", providerS, "sizing_mode", "fixed_quote",
                "sizing_value", 500));
        post("/api/follows", Map.of("subscriber", "max", "provider_id", providerQ, "sizing_mode", "fixed_quote",
                "sizing_value", 1000));

        round("@stats", "d1", "2024-03-01T10:00:00Z", "SOL/USDT LONG entry 100 SL 90 TP 120", 110);
        round("@stats", "d2", "2024-03-02T10:00:00Z", "SOL/USDT LONG entry 100 SL 95 TP 120", 97);
        round("@other", "d4", "2024-03-04T09:00:00Z", "SOL/USDT LONG entry 100 TP 120", 104);
        CLOCK.at("2024-03-04T12:00:00Z");
        price(100);
        signal("@stats", "open-short", null, "SOL/USDT SHORT entry 100 SL 110 TP 90");
        price(98);
    }

    @Test
    void theProviderRecordCountsEveryFollowersTradesOfItsSignals() {
        JsonNode body = get("/api/stats/providers/" + providerS, bearer("user", "nina"));
        assertThat(body.get("provider").getStringValue()).isEqualTo("S");
        assertThat(body.get("followers").getIntValue()).isEqualTo(2);
        assertThat(body.get("from").isNull()).isTrue();
        JsonNode s = body.get("stats");
        // four trades: 97.9, 48.95, -31.97, -15.985; Q's trade on max's account is not S's
        assertThat(s.get("trades").getIntValue()).isEqualTo(4);
        assertThat(s.get("wins").getIntValue()).isEqualTo(2);
        assertThat(s.get("losses").getIntValue()).isEqualTo(2);
        assertThat(number(s, "win_rate")).isEqualByComparingTo("0.5");
        assertThat(s.get("trades_with_r").getIntValue()).isEqualTo(4);
        // (0.979 + 0.979 - 0.6394 - 0.6394) / 4
        assertThat(number(s, "average_r")).isEqualByComparingTo("0.1698");
        assertThat(number(s, "gross_profit")).isEqualByComparingTo("146.85");
        assertThat(number(s, "gross_loss")).isEqualByComparingTo("47.955");
        assertThat(number(s, "net_pnl")).isEqualByComparingTo("98.895");
        assertThat(number(s, "profit_factor")).isEqualByComparingTo("3.0622");
        assertThat(number(s, "expectancy")).isEqualByComparingTo("24.72375");
        // both accounts' 10000: peak 20146.85 after day 1, then 47.955 down
        assertThat(number(s, "starting_equity")).isEqualByComparingTo("20000");
        assertThat(number(s, "max_drawdown")).isEqualByComparingTo("47.955");
        assertThat(number(s, "max_drawdown_pct")).isEqualByComparingTo("0.2380");
        // daily returns 146.85 / 20000 = 0.0073425 and -47.955 / 20146.85 = -0.0023802728:
        // mean 0.0024811, sample sd 0.0068749, downside sqrt(0.0023803^2 / 2); x sqrt(365)
        assertThat(s.get("days").getIntValue()).isEqualTo(2);
        assertThat(number(s, "sharpe")).isEqualByComparingTo("6.8947");
        assertThat(number(s, "sortino")).isEqualByComparingTo("28.1632");
    }

    @Test
    void aFollowerRecordIsTheSubscribersTotalAndEachFollows() {
        JsonNode body = get("/api/stats/followers/max", bearer("user", "max"));
        assertThat(body.get("subscriber").getStringValue()).isEqualTo("max");
        JsonNode total = body.get("stats");
        assertThat(total.get("trades").getIntValue()).isEqualTo(3);
        assertThat(number(total, "win_rate")).isEqualByComparingTo("0.6667");
        assertThat(total.get("trades_with_r").getIntValue()).isEqualTo(2);
        assertThat(number(total, "average_r")).isEqualByComparingTo("0.1698");
        assertThat(number(total, "profit_factor")).isEqualByComparingTo("4.2496");
        assertThat(number(total, "expectancy")).isEqualByComparingTo("34.63");
        assertThat(number(total, "max_drawdown")).isEqualByComparingTo("31.97");
        assertThat(number(total, "max_drawdown_pct")).isEqualByComparingTo("0.3166");
        // 03-01 .. 03-04 with 03-03 flat: 0.00979, -0.003166, 0, 0.0037711
        assertThat(total.get("days").getIntValue()).isEqualTo(4);
        assertThat(number(total, "sharpe")).isEqualByComparingTo("8.9138");
        assertThat(number(total, "sortino")).isEqualByComparingTo("31.3642");

        JsonNode follows = body.get("follows");
        assertThat(follows.size()).isEqualTo(2);
        JsonNode ofS = follows.get(0).get("stats");
        assertThat(follows.get(0).get("provider").getStringValue()).isEqualTo("S");
        assertThat(ofS.get("trades").getIntValue()).isEqualTo(2);
        assertThat(number(ofS, "net_pnl")).isEqualByComparingTo("65.93");
        assertThat(number(ofS, "sharpe")).isEqualByComparingTo("6.9069");
        JsonNode ofQ = follows.get(1).get("stats");
        assertThat(follows.get(1).get("provider").getStringValue()).isEqualTo("Q");
        assertThat(ofQ.get("trades").getIntValue()).isEqualTo(1);
        assertThat(number(ofQ, "net_pnl")).isEqualByComparingTo("37.96");
        assertThat(ofQ.get("trades_with_r").getIntValue()).isZero();
        assertThat(ofQ.get("average_r").isNull()).isTrue();
        assertThat(ofQ.get("profit_factor").isNull()).as("no losing trade").isTrue();
        assertThat(ofQ.get("sharpe").isNull()).as("one day").isTrue();

        long ninaId = sql("select id from subscribers where name = 'nina'");
        JsonNode nina = get("/api/stats/followers/" + ninaId, bearer("user", "nina"));
        assertThat(nina.get("subscriber").getStringValue()).isEqualTo("nina");
        assertThat(number(nina.get("stats"), "net_pnl")).isEqualByComparingTo("32.965");
        assertThat(number(nina.get("stats"), "max_drawdown_pct")).isEqualByComparingTo("0.1591");
    }

    @Test
    void aWindowCountsEarlierTradesIntoTheStartingEquity() {
        JsonNode s = get("/api/stats/providers/" + providerS + "?from=2024-03-02&to=2024-03-04", ADMIN).get("stats");
        assertThat(s.get("trades").getIntValue()).isEqualTo(2);
        assertThat(number(s, "starting_equity")).isEqualByComparingTo("20146.85");
        assertThat(number(s, "max_drawdown")).isEqualByComparingTo("47.955");
        assertThat(s.get("sharpe").isNull()).isTrue();
        assertThat(get("/api/stats/providers/" + providerS + "?to=2024-03-01", ADMIN).get("stats").get("trades")
                .getIntValue()).isEqualTo(2);
    }

    @Test
    void openPositionsShowUnrealisedPnlAtTheLatestPriceAndTheirFees() {
        JsonNode positions = get("/api/positions", bearer("user", "max"));
        assertThat(positions.size()).isEqualTo(1);
        JsonNode sol = positions.get(0);
        assertThat(sol.get("side").getStringValue()).isEqualTo("short");
        assertThat(number(sol, "mark_price")).isEqualByComparingTo("98");
        // short 10 from 100, now 98: (98 - 100) x -10
        assertThat(number(sol, "unrealized_pnl")).isEqualByComparingTo("20");
        // every fill of max's SOL: 1.0 + 1.1 + 1.0 + 0.97 + 1.0 + 1.04 + 1.0
        assertThat(number(sol, "fees")).isEqualByComparingTo("7.11");
        assertThat(number(sol, "realized_pnl")).isEqualByComparingTo("110");
    }

    @Test
    void unknownIdsAreNotFoundBadParametersAreBadRequestsAndOthersResultsForbidden() {
        assertError("/api/stats/providers/999999", ADMIN, 404, "id", "no provider with id 999999");
        assertError("/api/stats/followers/nobody", ADMIN, 404, "subscriber", "no subscriber named or numbered nobody");
        assertError("/api/stats/providers/abc", ADMIN, 400, "id", "invalid value for id");
        assertError("/api/stats/providers/" + providerS + "?from=yesterday", ADMIN, 400, "from",
                "from must be a UTC date like 2024-05-01, got 'yesterday'");
        assertError("/api/stats/followers/max?from=2024-03-04&to=2024-03-01", ADMIN, 400, "to",
                "to (2024-03-01) must not be before from (2024-03-04)");
        assertError("/api/stats/followers/max", bearer("user", "nina"), 403, "subscriber",
                "a user can only see their own results");
        long maxId = sql("select id from subscribers where name = 'max'");
        assertError("/api/stats/followers/" + maxId, bearer("user", "nina"), 403, "subscriber",
                "a user can only see their own results");
        // the same answer for a subscriber that does not exist: a user learns nothing of others
        assertError("/api/stats/followers/nobody", bearer("user", "nina"), 403, "subscriber",
                "a user can only see their own results");
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/stats/providers/" + providerS)))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    private void assertError(String path, String auth, int status, String field, String message) {
        assertThatThrownBy(() -> get(path, auth)).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
            assertThat(e.getStatus().getCode()).as(path).isEqualTo(status);
            JsonNode body = e.getResponse().getBody(JsonNode.class).orElseThrow();
            assertThat(body.get("field").getStringValue()).isEqualTo(field);
            assertThat(body.get("message").getStringValue()).startsWith(message);
        });
    }

    /** Opens at 100 at {@code at}, moves the ticker, and closes by a reply five minutes later. */
    private void round(String channel, String id, String at, String open, int closeAt) {
        CLOCK.at(at);
        price(100);
        signal(channel, id, null, open);
        CLOCK.at(Instant.parse(at).plusSeconds(300).toString());
        price(closeAt);
        signal(channel, id + "-close", id, "Close SOL now");
    }

    private static BigDecimal number(JsonNode node, String field) {
        assertThat(node.get(field).isNull()).as(field).isFalse();
        return node.get(field).getBigDecimalValue();
    }

    private void signal(String channel, String id, String replyTo, String text) {
        var body = new HashMap<String, Object>(Map.of("source", "telegram", "channel", channel, "message_id", id,
                "text", text));
        if (replyTo != null) {
            body.put("reply_to", replyTo);
        }
        post("/api/signals", body);
    }

    private void price(int p) {
        http.toBlocking().exchange(HttpRequest.PUT("/api/prices/SOLUSDT", Map.of("price", p))
                .header("Authorization", ADMIN));
    }

    private JsonNode get(String path, String auth) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", auth), JsonNode.class);
    }

    private JsonNode post(String path, Map<String, ?> body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", ADMIN), JsonNode.class);
    }

    /** The application's clock, set by the test so trades fall on the UTC days it means. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void at(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
