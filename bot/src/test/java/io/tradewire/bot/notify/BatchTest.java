package io.tradewire.bot.notify;

import io.tradewire.bot.command.Platform;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which queued notices go in one message with a chat's oldest. */
class BatchTest {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static Notification n(long id, String text, boolean silent, Instant due) {
        return new Notification(id, "k" + id, 1L, Platform.TELEGRAM, "42", NotifyKind.ORDERS, text, silent, "PENDING",
                0, due, NOW, null, null);
    }

    @Test
    void dueNoticesBehindTheHeadGoWithItInOrder() {
        var head = n(1, "Filled: BUY 1 BTCUSDT", false, NOW);
        var pending = List.of(head, n(2, "Placed: stop", false, NOW), n(3, "Placed: target", false, NOW));
        assertThat(Dispatcher.batch(head, pending, NOW, 4096)).extracting(Notification::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aNoticeNotDueYetOrWithAnotherSoundEndsTheRun() {
        var head = n(1, "a", false, NOW);
        assertThat(Dispatcher.batch(head, List.of(head, n(2, "b", false, NOW.plusSeconds(5)), n(3, "c", false, NOW)),
                NOW, 4096)).extracting(Notification::id).containsExactly(1L);
        assertThat(Dispatcher.batch(head, List.of(head, n(2, "b", true, NOW), n(3, "c", false, NOW)), NOW, 4096))
                .extracting(Notification::id).containsExactly(1L);
    }

    @Test
    void theRunStopsBeforeTheMessageWouldPassThePlatformsLength() {
        var head = n(1, "x".repeat(1000), false, NOW);
        var pending = List.of(head, n(2, "y".repeat(999), false, NOW), n(3, "z", false, NOW));
        // 1000 + 1 + 999 = 2000 fits Discord's 2000; one more line would not
        assertThat(Dispatcher.batch(head, pending, NOW, 2000)).extracting(Notification::id).containsExactly(1L, 2L);
    }

    @Test
    void aHeadThatIsNoLongerFirstGoesAlone() {
        var head = n(2, "b", false, NOW);
        assertThat(Dispatcher.batch(head, List.of(n(1, "a", false, NOW), head), NOW, 4096))
                .extracting(Notification::id).containsExactly(2L);
    }
}
