package io.tradewire.bot.discord;

import io.micronaut.core.annotation.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad settings stop the start with a message naming the setting, never the token. */
class DiscordSettingsTest {
    static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz012345";

    @Test
    void goodSettingsAreTaken() {
        DiscordSettings s = DiscordSettings.of(config(TOKEN, "http://127.0.0.1:8123/api/v10", List.of("42")));
        assertThat(s.apiUrl()).isEqualTo("http://127.0.0.1:8123/api/v10/");
        assertThat(s.compressed()).isFalse();
        assertThat(s.gatewayUrl()).isEqualTo("ws://127.0.0.1:8124/");
        assertThat(DiscordSettings.of(config(TOKEN, "https://discord.com/api/v10/", List.of())).compressed()).isTrue();
        assertThat(s.toString()).doesNotContain(TOKEN);
        assertThat(s.leaseName()).startsWith("tradewire-discord-").doesNotContain(TOKEN.substring(0, 10));
    }

    @Test
    void badSettingsAreNamed() {
        assertThatThrownBy(() -> DiscordSettings.of(config("short", "https://discord.com/api/v10/", List.of())))
                .hasMessageContaining("DISCORD_TOKEN").hasMessageNotContaining("short");
        assertThatThrownBy(() -> DiscordSettings.of(config(TOKEN, "ftp://x", List.of())))
                .hasMessageContaining("DISCORD_API_URL");
        assertThatThrownBy(() -> DiscordSettings.of(config(TOKEN, "https://discord.com/api/v10/", List.of("bob"))))
                .hasMessageContaining("DISCORD_ADMINS").hasMessageNotContaining(TOKEN);
    }

    @Test
    void theReadBackSweepIsOffOrBetweenASecondAndADay() {
        assertThat(DiscordSettings.of(config(TOKEN, "https://discord.com/api/v10/", List.of())).catchUpEvery())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(DiscordSettings.of(config(TOKEN, "https://discord.com/api/v10/", List.of(), Duration.ZERO))
                .catchUpEvery()).isZero();
        for (Duration bad : List.of(Duration.ofMillis(500), Duration.ofSeconds(-1), Duration.ofHours(25))) {
            assertThatThrownBy(() -> DiscordSettings.of(config(TOKEN, "https://discord.com/api/v10/", List.of(), bad)))
                    .hasMessageContaining("discord.catch-up-every must be 0 (off) or between 1 s and 24 h, got "
                            + bad);
        }
    }

    private static DiscordConfig config(@Nullable String token, String url, List<String> admins) {
        return config(token, url, admins, Duration.ofMinutes(1));
    }

    private static DiscordConfig config(@Nullable String token, String url, List<String> admins, Duration every) {
        return new DiscordConfig() {
            public String getToken() {
                return token;
            }

            public String getApiUrl() {
                return url;
            }

            public String getGatewayUrl() {
                return url.startsWith("http://127") ? "ws://127.0.0.1:8124/" : null;
            }

            public Duration getIdentifySpacing() {
                return Duration.ZERO;
            }

            public List<String> getAdmins() {
                return admins;
            }

            public Duration getLeaseCheck() {
                return Duration.ofSeconds(5);
            }

            public int getCatchUpMessages() {
                return 200;
            }

            public Duration getCatchUpAge() {
                return Duration.ofHours(1);
            }

            public Duration getCatchUpEvery() {
                return every;
            }
        };
    }
}
