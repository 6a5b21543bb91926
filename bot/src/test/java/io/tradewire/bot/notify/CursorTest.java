package io.tradewire.bot.notify;

import io.tradewire.bot.MovingClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifier's cursor over ids: it passes only an unbroken run, waits for a missing id (its
 * transaction may commit late) and passes it once it has been missing for the settle time.
 */
class CursorTest {
    final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));

    final NotifyConfig config = new NotifyConfig() {
        public Duration getScanInterval() {
            return Duration.ofMillis(100);
        }

        public Duration getPerChatInterval() {
            return Duration.ofSeconds(1);
        }

        public int getGlobalPerSecond() {
            return 30;
        }

        public Duration getSettle() {
            return Duration.ofSeconds(10);
        }

        public int getMaxAttempts() {
            return 20;
        }
    };

    // the cursor arithmetic needs none of the watcher's database parts
    final EngineWatcher watcher = new EngineWatcher(null, null, config, null, clock);

    @Test
    void anUnbrokenRunIsPassed() {
        assertThat(watcher.advance("f", 4, List.of(5L, 6L, 7L))).isEqualTo(7);
        assertThat(watcher.advance("f", 7, List.of())).isEqualTo(7);
    }

    @Test
    void aMissingIdHoldsTheCursorUntilItSettles() {
        assertThat(watcher.advance("f", 4, List.of(5L, 7L, 8L))).isEqualTo(5);
        clock.advance(Duration.ofSeconds(5));
        assertThat(watcher.advance("f", 5, List.of(7L, 8L))).isEqualTo(5);
        clock.advance(Duration.ofSeconds(6));
        assertThat(watcher.advance("f", 5, List.of(7L, 8L))).isEqualTo(8);
    }

    @Test
    void aLateIdThatArrivesIsTakenInOrder() {
        assertThat(watcher.advance("g", 0, List.of(2L))).isZero();
        assertThat(watcher.advance("g", 0, List.of(1L, 2L))).isEqualTo(2);
    }
}
