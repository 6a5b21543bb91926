package io.tradewire.bot.telegram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Telegram settings as the client takes them, and each bad one refused by name. */
class TelegramSettingsTest {
    static final String TOKEN = "42:AAbbCCddEEffGGhhIIjjKKll_mm-nn";

    record Config(String getToken, String getApiUrl, String getWebhookUrl, String getWebhookSecret,
                  List<String> getAdmins, Duration getPollTimeout, Duration getLeaseCheck) implements TelegramConfig {
    }

    static Config config(String token, String apiUrl, String webhook, String secret) {
        return new Config(token, apiUrl, webhook, secret, List.of(" 7 ", ""), Duration.ofSeconds(25),
                Duration.ofSeconds(5));
    }

    @Test
    void theApiUrlIsSplitIntoSchemeHostAndPort() {
        TelegramSettings s = TelegramSettings.of(config(TOKEN, "http://127.0.0.1:8081", null, null));
        assertThat(s.apiUrl().getSchema()).isEqualTo("http");
        assertThat(s.apiUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(s.apiUrl().getPort()).isEqualTo(8081);
        assertThat(TelegramSettings.of(config(TOKEN, "https://api.telegram.org/", null, null)).apiUrl().getPort())
                .isEqualTo(443);
        assertThat(s.botId()).isEqualTo("42");
        assertThat(s.admins()).containsExactly("7");
        assertThat(s.webhookUrl()).isNull();
    }

    @Test
    void eachBadSettingIsNamedAndTheTokenNeverShown() {
        assertThatThrownBy(() -> TelegramSettings.of(config("42:short", "https://api.telegram.org", null, null)))
                .hasMessageStartingWith("TELEGRAM_TOKEN is not a bot token").hasMessageNotContaining("short");
        assertThatThrownBy(() -> TelegramSettings.of(config(TOKEN, "ftp://x", null, null)))
                .hasMessageStartingWith("TELEGRAM_API_URL must be an http(s) URL");
        assertThatThrownBy(() -> TelegramSettings.of(config(TOKEN, "http://h:1/bot", null, null)))
                .hasMessageStartingWith("TELEGRAM_API_URL must be scheme://host[:port] without a path");
        assertThatThrownBy(() -> TelegramSettings.of(config(TOKEN, "http://h:1", "https://me/hook", null)))
                .hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET is required");
        assertThatThrownBy(() -> TelegramSettings.of(config(TOKEN, "http://h:1", "https://me/hook", "bad secret!")))
                .hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET is required");
        assertThatThrownBy(() -> TelegramSettings.of(new Config(TOKEN, "http://h:1", null, null, List.of(),
                Duration.ofSeconds(60), Duration.ofSeconds(5)))).hasMessageContaining("poll-timeout");
    }

    @Test
    void longAnswersGoInPartsCutAtLineEnds() {
        String line = "x".repeat(100) + "\n";
        String text = line.repeat(90);
        var parts = TelegramText.split(text);
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(TelegramText.MAX));
        assertThat(String.join("\n", parts).replace("\n", "")).isEqualTo(text.replace("\n", ""));
        assertThat(TelegramText.fit(text)).hasSize(TelegramText.MAX).endsWith("...");
    }
}
