package io.tradewire.bot.notify;

import io.tradewire.bot.command.ChatIdentity;
import io.tradewire.bot.command.Identities;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Queues a notice for each chat the subscriber registered from, as their /notify says (OFF:
 * not queued; SILENT: delivered without a sound). Runs in the caller's transaction, so a notice
 * is queued together with the cursor that passed its event, or not at all.
 */
@Singleton
public class Outbox {
    private final OutboxRepository rows;
    private final Identities identities;
    private final Preferences preferences;
    private final Clock clock;

    Outbox(OutboxRepository rows, Identities identities, Preferences preferences, Clock clock) {
        this.rows = rows;
        this.identities = identities;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** One event for one subscriber; {@code key} names the event, the same key is queued once per chat. */
    public record Event(String key, Long subscriberId, NotifyKind kind, String text) {
    }

    /** How many chats it was queued for. */
    public int enqueue(Event e) {
        List<ChatIdentity> chats = identities.chatsOf(e.subscriberId());
        if (chats.isEmpty()) {
            return 0;
        }
        Map<NotifyKind, NotifyMode> modes = preferences.of(e.subscriberId());
        NotifyMode mode = modes.get(e.kind());
        if (mode == NotifyMode.OFF) {
            return 0;
        }
        int queued = 0;
        for (ChatIdentity chat : chats) {
            queued += rows.enqueue(e.key() + "@" + chat.platform().name(), e.subscriberId(), chat.platform().name(),
                    chat.dmChatId(), e.kind().name(), e.text(), mode == NotifyMode.SILENT, clock.instant());
        }
        return queued;
    }
}
