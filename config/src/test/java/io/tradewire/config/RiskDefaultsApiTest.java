package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber's defaults fill the sizing and risk settings a follow leaves unset; what a follow
 * sets wins; bad defaults are refused naming the setting, and nothing is stored.
 */
@MicronautTest(transactional = false)
class RiskDefaultsApiTest extends PlanApiSupport {

    @Test
    void aFollowThatSetsNothingCopiesWithItsSubscribersDefaultsAndOneThatSetsThemKeepsItsOwn() {
        long p = provider("@defaults");
        subscriber("rita", 10000);
        subscriber("sam", 10000);
        Map<String, Object> defaults = Map.of("sizing_mode", "fixed_quote", "sizing_value", 500,
                "require_stop_loss", true, "max_open_positions", 1, "allowed_symbols", List.of("BTCUSDT", "ETHUSDT"));
        for (String name : new String[] {"rita", "sam"}) {
            put("/api/subscribers/" + name + "/defaults", defaults);
        }
        follow("rita", p, Map.of());
        follow("sam", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 100, "require_stop_loss", false,
                "max_open_positions", 5));

        JsonNode doge = signal("@defaults", "1", null, "DOGE/USDT LONG entry 0.1 SL 0.09");
        assertThat(decisionOf(doge, "rita").get("rule").getStringValue()).isEqualTo("allowed_symbols");
        assertThat(decisionOf(doge, "sam").get("rule").getStringValue()).isEqualTo("allowed_symbols");

        JsonNode noStop = signal("@defaults", "2", null, "ETH/USDT LONG entry 2000");
        assertThat(decisionOf(noStop, "rita").get("rule").getStringValue()).isEqualTo("require_stop_loss");
        assertThat(decisionOf(noStop, "sam").get("outcome").getStringValue()).isEqualTo("ordered");
        assertThat(decisionOf(noStop, "sam").get("reason").getStringValue()).contains("100 of quote currency");

        JsonNode btc = signal("@defaults", "3", null, "BTC/USDT LONG entry 40000 SL 39000");
        assertThat(decisionOf(btc, "rita").get("outcome").getStringValue()).isEqualTo("ordered");
        assertThat(decisionOf(btc, "rita").get("reason").getStringValue())
                .startsWith("buy 0.0125 BTCUSDT").contains("500 of quote currency");

        // rita's default allows one open position, and BTC is open now; sam's own limit is 5
        JsonNode second = signal("@defaults", "4", null, "ETH/USDT LONG entry 2000 SL 1900");
        assertThat(decisionOf(second, "rita").get("rule").getStringValue()).isEqualTo("max_open_positions");
        assertThat(decisionOf(second, "sam").get("outcome").getStringValue()).isEqualTo("ordered");

        JsonNode shown = get("/api/subscribers/rita/defaults");
        assertThat(shown.get("sizing_mode").getStringValue()).isEqualTo("fixed_quote");
        assertThat(shown.get("sizing_value").getIntValue()).isEqualTo(500);
        assertThat(shown.get("max_open_positions").getIntValue()).isEqualTo(1);
        assertThat(shown.get("allowed_symbols").size()).isEqualTo(2);
    }

    @Test
    void withNoSizingAnywhereTheCopyIsRefusedSayingSo() {
        long p = provider("@nosizing");
        subscriber("tess", 10000);
        follow("tess", p, Map.of());

        JsonNode r = signal("@nosizing", "1", null, "BTC/USDT LONG entry 40000 SL 39000");

        assertThat(decisionOf(r, "tess").get("rule").getStringValue()).isEqualTo("sizing");
        assertThat(decisionOf(r, "tess").get("reason").getStringValue()).isEqualTo(
                "no sizing is set: the follow leaves sizing_mode unset and tess has no default sizing_mode");
    }

    @Test
    void badDefaultsAreRefusedNamingTheSettingAndNothingIsStored() {
        subscriber("uma", 10000);
        put("/api/subscribers/uma/defaults", Map.of("sizing_mode", "equity_percent", "sizing_value", 10));
        Map<String, Map<String, Object>> bad = Map.of(
                "sizing_value is given, so sizing_mode is required", Map.of("sizing_value", 5),
                "sizing_value for risk_percent must be in (0, 10], got 50",
                Map.of("sizing_mode", "risk_percent", "sizing_value", 50),
                "max_open_positions must be between 1 and 1000, got 0", Map.of("max_open_positions", 0),
                "BTCUSDT is both allowed and denied",
                Map.of("allowed_symbols", List.of("BTCUSDT"), "denied_symbols", List.of("BTCUSDT")),
                "sizing_mode must be fixed_quote, equity_percent, risk_percent or kelly, got 'lots'",
                Map.of("sizing_mode", "lots", "sizing_value", 1));
        bad.forEach((message, body) -> {
            HttpClientResponseException e = refusedPut("/api/subscribers/uma/defaults", body);
            assertThat(e.getStatus().getCode()).as(message).isEqualTo(400);
            assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                    .isEqualTo(message);
        });
        JsonNode kept = get("/api/subscribers/uma/defaults");
        assertThat(kept.get("sizing_mode").getStringValue()).isEqualTo("equity_percent");
        assertThat(kept.get("sizing_value").getIntValue()).isEqualTo(10);
    }

    private JsonNode put(String path, Map<String, ?> body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(path, new HashMap<>(body)).header("Authorization", ADMIN),
                JsonNode.class);
    }

    private JsonNode get(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", ADMIN), JsonNode.class);
    }

    private HttpClientResponseException refusedPut(String path, Map<String, ?> body) {
        try {
            put(path, body);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected " + path + " to be refused");
    }
}
