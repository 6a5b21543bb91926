package io.tradewire.config.telegram;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One set of defaults: what /risk sets without a channel is the subscriber's defaults the API
 * shows (and the engine fills unset follow settings from), and what the API sets is what /risk
 * shows and a new /follow starts with.
 */
@MicronautTest(transactional = false)
class TelegramRiskDefaultsTest extends TelegramTest {
    static final long CHANNEL = -1006660001L;
    static final long ERIN = 5001;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @Test
    void riskSetInTheChatIsTheApisDefaultsAndTheApisIsTheChats() {
        ask(ERIN, "/start");
        assertThat(ask(ERIN, "/risk risk_pct=2 max_open=3 daily_loss=5%")).contains("risk_pct=2", "max_open=3");

        JsonNode shown = get("/api/subscribers/tg_5001/defaults");
        assertThat(shown.get("sizing_mode").getStringValue()).isEqualTo("risk_percent");
        assertThat(shown.get("sizing_value").getIntValue()).isEqualTo(2);
        assertThat(shown.get("max_open_positions").getIntValue()).isEqualTo(3);
        assertThat(shown.get("daily_loss_limit").getStringValue()).isEqualTo("5%");

        Map<String, Object> body = new HashMap<>();
        body.put("sizing_mode", "equity_percent");
        body.put("sizing_value", 10);
        body.put("max_open_positions", 4);
        body.put("tp_split", "single");
        put("/api/subscribers/tg_5001/defaults", body);

        assertThat(ask(ERIN, "/risk")).contains("equity_pct=10", "max_open=4").doesNotContain("risk_pct=2");
        post(CHANNEL, "defaults_calls", 1, "hello", null);
        assertThat(ask(ERIN, "/follow @defaults_calls")).contains("Now copying @defaults_calls", "equity_pct=10");

        // a chat change keeps the plan settings the API set
        ask(ERIN, "/risk max_leverage=5");
        JsonNode after = get("/api/subscribers/tg_5001/defaults");
        assertThat(after.get("tp_split").getStringValue()).isEqualTo("single");
        assertThat(after.get("max_leverage").getIntValue()).isEqualTo(5);
        assertThat(after.get("sizing_value").getIntValue()).isEqualTo(10);
    }

    private JsonNode get(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", bearer("admin", "ops")),
                JsonNode.class);
    }

    private void put(String path, Map<String, Object> body) {
        http.toBlocking().retrieve(HttpRequest.PUT(path, body).header("Authorization", bearer("admin", "ops")),
                JsonNode.class);
    }
}
