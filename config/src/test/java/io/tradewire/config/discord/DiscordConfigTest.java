package io.tradewire.config.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.tradewire.bot.discord.DiscordBot;
import io.tradewire.config.IntegrationTest;
import io.tradewire.config.TestDatabases;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Discord bot's configuration gates it: no token, no bot (and one line saying so); a bad
 * setting stops the start with a message naming it, never the token.
 */
class DiscordConfigTest {
    static final String DB = TestDatabases.freshUrl();
    static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.config-test-token-0123456789";

    @Test
    void withoutATokenThereIsNoBotAndTheServiceSaysSoOnce() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try (ApplicationContext c = start(Map.of())) {
            assertThat(c.findBean(DiscordBot.class)).isEmpty();
            assertThat(logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains("Discord bot not started: DISCORD_TOKEN is not set"))).hasSize(1);
        } finally {
            root.detachAppender(logs);
        }
    }

    @Test
    void aBadSettingStopsTheStartNamingTheSettingButNeverTheToken() {
        assertThatThrownBy(() -> start(Map.of("discord.token", "short token")).close())
                .hasStackTraceContaining("DISCORD_TOKEN is not a bot token")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("short token"));
        assertThatThrownBy(() -> start(Map.of("discord.token", TOKEN, "discord.api-url", "ws://127.0.0.1:9")).close())
                .hasStackTraceContaining("DISCORD_API_URL must be an http(s) URL")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(TOKEN));
        assertThatThrownBy(() -> start(Map.of("discord.token", TOKEN, "discord.admins", "alice")).close())
                .hasStackTraceContaining("DISCORD_ADMINS holds 'alice'");
    }

    private static ApplicationContext start(Map<String, String> extra) {
        Map<String, Object> p = new HashMap<>(extra);
        p.put("datasources.default.url", DB);
        p.put("datasources.default.username", "postgres");
        p.put("datasources.default.password", "");
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "config-test-secret-0123456789-abcdefghijklmnop");
        p.put("tradewire.pipeline.recovery.enabled", "false");
        p.put("tradewire.execution.poller.enabled", "false");
        p.put("tradewire.keys.master-key", IntegrationTest.MASTER_KEY);
        return ApplicationContext.builder().deduceEnvironment(false).properties(p).start();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
