package io.tradewire.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the whole path with everything of ours logging at DEBUG; no secret may show up in any line. */
@MicronautTest(transactional = false)
class LogSecretsTest extends IntegrationTest {
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

    static {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ((Logger) LoggerFactory.getLogger("io.tradewire")).setLevel(Level.DEBUG);
        LOGS.start();
        root.addAppender(LOGS);
    }

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void neitherTheSigningSecretNorABearerTokenIsEverLogged() {
        String token = bearer("admin", "ops");
        http.toBlocking().exchange(HttpRequest.POST("/api/providers",
                Map.of("source", "telegram", "channel", "@logs", "name", "L")).header("Authorization", token));
        http.toBlocking().exchange(HttpRequest.POST("/api/subscribers", Map.of("name", "erin"))
                .header("Authorization", token));
        http.toBlocking().exchange(HttpRequest.POST("/api/signals", Map.of("source", "telegram", "channel", "@logs",
                "text", "BTC/USDT LONG entry 40000 SL 39000 TP 42000")).header("Authorization", token));
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/orders").header("Authorization", token + "x"));
        } catch (RuntimeException expected) {
            // a rejected token must not be logged either
        }

        String all = String.join("\n", LOGS.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(LOGS.list).isNotEmpty();
        assertThat(all).contains("message received");
        assertThat(all).doesNotContain(JWT_SECRET);
        assertThat(all).doesNotContain(token.substring("Bearer ".length()));
        assertThat(all).doesNotContain(token.substring("Bearer ".length()).split("\\.")[2]);
    }
}
