package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provider's own words, set over REST, change how its next posts are read; no code change. */
@MicronautTest(transactional = false)
class ProviderVocabularyApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aliasesAndIgnoreWordsApplyToTheProvidersNextPosts() {
        long provider = send(HttpRequest.POST("/api/providers", Map.of("source", "telegram", "channel", "@voc",
                "name", "Voc"))).get("id").getLongValue();

        assertThat(symbolOf("1", "GOLDIE buy 2300 SL 2290 TP 2320")).isEqualTo("GOLDIE");

        JsonNode stored = send(HttpRequest.PUT("/api/providers/" + provider + "/vocabulary",
                Map.of("aliases", Map.of("goldie", "XAUUSD"), "ignore_words", List.of("SIGNALZ"))));
        assertThat(stored.get("aliases").get("GOLDIE").getStringValue()).isEqualTo("XAUUSD");

        assertThat(symbolOf("2", "GOLDIE buy 2300 SL 2290 TP 2320")).isEqualTo("XAUUSD");
        assertThat(signal("3", "SIGNALZ long 1.0850 SL 1.0800 TP 1.0900").get("kind").getStringValue()).isEqualTo("none");
        assertThat(sql("select count(*) from audit_log where action = 'provider.vocabulary'")).isEqualTo(1);
    }

    @Test
    void aBadWordIsRefusedNamingWhatIsWrongAndNothingIsStored() {
        long provider = send(HttpRequest.POST("/api/providers", Map.of("source", "telegram", "channel", "@voc2",
                "name", "Voc2"))).get("id").getLongValue();

        assertThatThrownBy(() -> send(HttpRequest.PUT("/api/providers/" + provider + "/vocabulary",
                Map.of("aliases", Map.of("YEN", "USD/JPY")))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                            .isEqualTo("aliases: 'YEN' maps to 'USD/JPY', which is not a symbol like XAUUSD or BTCUSDT");
                });
        assertThat(sql("select count(*) from provider_vocabulary where provider_id = " + provider)).isZero();
    }

    private String symbolOf(String id, String text) {
        return signal(id, text).get("symbol").getStringValue();
    }

    private JsonNode signal(String id, String text) {
        return send(HttpRequest.POST("/api/signals", Map.of("source", "telegram", "channel", "@voc",
                "message_id", id, "text", text))).get("signal");
    }

    private JsonNode send(io.micronaut.http.MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.header("Authorization", ADMIN), JsonNode.class);
    }
}
