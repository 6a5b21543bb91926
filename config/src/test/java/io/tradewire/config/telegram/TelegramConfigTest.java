package io.tradewire.config.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.tradewire.bot.telegram.TelegramBot;
import io.tradewire.config.TestDatabases;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bot's configuration gates it: no token, no bot (and one line saying so); a bad token,
 * API URL or webhook setting stops the start with a message naming the setting, never the token.
 */
class TelegramConfigTest {
    static final String DB = TestDatabases.freshUrl();

    @Test
    void withoutATokenThereIsNoBotAndTheServiceSaysSoOnce() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try (ApplicationContext c = start(Map.of())) {
            assertThat(c.findBean(TelegramBot.class)).isEmpty();
            assertThat(logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains("Telegram bot off: TELEGRAM_TOKEN is not set"))).hasSize(1);
        } finally {
            root.detachAppender(logs);
        }
    }

    @Test
    void aBadSettingStopsTheStartNamingTheSettingButNeverTheToken() {
        String notAToken = "12345:short";
        assertThatThrownBy(() -> start(Map.of("telegram.token", notAToken)).close())
                .hasStackTraceContaining("TELEGRAM_TOKEN is not a bot token")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(notAToken));
        assertThatThrownBy(() -> start(Map.of("telegram.token", FakeBotApi.TOKEN,
                "telegram.api-url", "http://127.0.0.1:9/botapi")).close())
                .hasStackTraceContaining("TELEGRAM_API_URL must be scheme://host[:port] without a path")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(FakeBotApi.TOKEN));
        assertThatThrownBy(() -> start(Map.of("telegram.token", FakeBotApi.TOKEN,
                "telegram.webhook-url", "https://bot.example.test/telegram/webhook")).close())
                .hasStackTraceContaining("TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL");
        assertThatThrownBy(() -> start(Map.of("telegram.token", FakeBotApi.TOKEN, "telegram.admins", "alice")).close())
                .hasStackTraceContaining("TELEGRAM_ADMINS holds 'alice'");
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
        p.put("tradewire.keys.master-key", io.tradewire.config.IntegrationTest.MASTER_KEY);
        return ApplicationContext.builder().deduceEnvironment(false).properties(p).start();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
