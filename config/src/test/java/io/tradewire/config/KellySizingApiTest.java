package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Kelly sizing from the provider's realised record, built by real trades through the pipeline. */
@MicronautTest(transactional = false)
class KellySizingApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aKellyFollowerIsRefusedUntilTheRecordIsLongEnoughThenSizedFromIt() {
        long provider = post("/api/providers", Map.of("source", "telegram", "channel", "@kelly", "name", "K"))
                .get("id").getLongValue();
        post("/api/subscribers", Map.of("name", "max", "starting_balance", 10000));
        post("/api/subscribers", Map.of("name", "nina", "starting_balance", 10000));
        post("/api/follows", Map.of("subscriber", "max", "provider_id", provider, "sizing_mode", "fixed_quote",
                "sizing_value", 100));
        post("/api/follows", Map.of("subscriber", "nina", "provider_id", provider, "sizing_mode", "kelly",
                "sizing_value", 0.5));
        price(100);

        JsonNode early = signal("o-first", null, "SOL/USDT LONG entry 100 SL 90 TP 120");
        assertThat(decisionOf(early, "nina").get("reason").getStringValue())
                .isEqualTo("kelly sizing needs 20 closed trades of this provider; it has 0");
        signal("c-first", "o-first", "Close SOL now");

        // 20 more trades of 1 SOL for max: 15 won 10 each, 5 lost 5 each (the first closed flat)
        for (int i = 0; i < 20; i++) {
            signal("o" + i, null, "SOL/USDT LONG entry 100 SL 90 TP 120");
            price(i % 4 == 0 ? 95 : 110);
            signal("c" + i, "o" + i, "Close SOL now");
            price(100);
        }

        JsonNode sized = signal("o-last", null, "SOL/USDT LONG entry 100 SL 90 TP 120");

        // W = 15/20, R = 10/5: f* = 0.625; half Kelly 0.3125 capped at 0.25 of 10000 at 100
        JsonNode nina = decisionOf(sized, "nina");
        assertThat(nina.get("outcome").getStringValue()).isEqualTo("ordered");
        assertThat(nina.get("reason").getStringValue()).contains("Kelly 62.5% x 0.5, capped at 25.0%")
                .contains("win rate 75.0% over 20 trades");
        for (int i = 0; i < sized.get("orders").size(); i++) {
            JsonNode o = sized.get("orders").get(i);
            if (o.get("account_id").getLongValue() == nina.get("account_id").getLongValue()) {
                assertThat(o.get("quantity").getBigDecimalValue()).isEqualByComparingTo("25");
            }
        }
    }

    private JsonNode decisionOf(JsonNode result, String subscriber) {
        JsonNode decisions = result.get("decisions");
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).get("subscriber").getStringValue().equals(subscriber)) {
                return decisions.get(i);
            }
        }
        throw new AssertionError("no decision for " + subscriber);
    }

    private JsonNode signal(String id, String replyTo, String text) {
        var body = new java.util.HashMap<String, Object>(Map.of("source", "telegram", "channel", "@kelly",
                "message_id", id, "text", text));
        if (replyTo != null) {
            body.put("reply_to", replyTo);
        }
        return post("/api/signals", body);
    }

    private void price(int p) {
        http.toBlocking().exchange(HttpRequest.PUT("/api/prices/SOLUSDT", Map.of("price", p))
                .header("Authorization", ADMIN));
    }

    private JsonNode post(String path, Map<String, ?> body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", ADMIN), JsonNode.class);
    }
}
