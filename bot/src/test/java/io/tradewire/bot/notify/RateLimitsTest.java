package io.tradewire.bot.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Telegram's limits: one message a second per chat, N a second overall, and a pause after a 429. */
class RateLimitsTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aChatWaitsItsIntervalOthersDoNot() {
        RateLimits l = new RateLimits(Duration.ofSeconds(1), 30);
        l.sent("a", T);
        assertThat(l.freeAt("a", T.plusMillis(10))).isEqualTo(T.plusSeconds(1));
        assertThat(l.freeAt("b", T.plusMillis(10))).isEqualTo(T.plusMillis(10));
    }

    @Test
    void theGlobalLimitHoldsTheNextMessageUntilTheOldestOfTheLastSecondAges() {
        RateLimits l = new RateLimits(Duration.ofSeconds(1), 3);
        l.sent("a", T);
        l.sent("b", T.plusMillis(100));
        l.sent("c", T.plusMillis(200));
        assertThat(l.freeAt("d", T.plusMillis(300))).isEqualTo(T.plusSeconds(1));
        assertThat(l.freeAt("d", T.plusMillis(1000))).isEqualTo(T.plusMillis(1000));
    }

    @Test
    void a429PausesThatChatAndEveryOther() {
        RateLimits l = new RateLimits(Duration.ofSeconds(1), 30);
        l.pause("a", T.plusSeconds(5));
        assertThat(l.freeAt("a", T)).isEqualTo(T.plusSeconds(5));
        assertThat(l.freeAt("b", T)).isEqualTo(T.plusSeconds(5));
        assertThat(l.freeAt("b", T.plusSeconds(6))).isEqualTo(T.plusSeconds(6));
    }

    @Test
    void failuresBackOffToAFiveMinuteCeiling() {
        assertThat(Dispatcher.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Dispatcher.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Dispatcher.backoff(20)).isEqualTo(Duration.ofMinutes(5));
    }
}
