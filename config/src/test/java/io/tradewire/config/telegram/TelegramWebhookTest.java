package io.tradewire.config.telegram;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhook mode: the webhook is set with its secret (and nothing polls), an update without the
 * secret header is refused unread, one with it is handled, and a redelivered update is not
 * handled twice.
 */
@MicronautTest(transactional = false)
class TelegramWebhookTest extends TelegramTest {
    static final String SECRET = "hook_secret-0123456789";
    static final long USER = 6001;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("telegram.webhook-url", "https://bot.example.test/telegram/webhook",
                "telegram.webhook-secret", SECRET);
    }

    @Test
    void updatesArriveOnlyWithTheSecretAndEachIsHandledOnce() throws Exception {
        FakeBotApi.Call set = telegram.await("setwebhook", c -> true, WAIT);
        assertThat(set.raw()).contains("https://bot.example.test/telegram/webhook", SECRET, "channel_post");
        assertThat(telegram.calls("getupdates")).isEmpty();

        String update = update(41, Updates.privateText(USER, "/start"));
        for (String secret : new String[] {null, "wrong"}) {
            var request = HttpRequest.POST("/telegram/webhook", update).contentType("application/json");
            if (secret != null) {
                request.header("X-Telegram-Bot-Api-Secret-Token", secret);
            }
            assertThatThrownBy(() -> http.toBlocking().exchange(request))
                    .isInstanceOfSatisfying(HttpClientResponseException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
        }
        assertThat(telegram.sent(String.valueOf(USER))).isEmpty();

        for (int delivery = 0; delivery < 2; delivery++) {
            HttpResponse<?> ok = http.toBlocking().exchange(HttpRequest.POST("/telegram/webhook", update)
                    .contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET));
            assertThat(ok.getStatus().getCode()).isEqualTo(200);
        }
        assertThat(telegram.sent(String.valueOf(USER))).hasSize(1).first().asString().startsWith("Welcome");
        assertThat(sql("select next_update_id from chat_offsets")).isEqualTo(42);
        assertThat(telegram.calls("getupdates")).isEmpty();
    }

    private static String update(int id, Map<String, Object> body) throws Exception {
        Map<String, Object> u = new HashMap<>(body);
        u.put("update_id", id);
        return FakeBotApi.JSON.writeValueAsString(u);
    }
}
