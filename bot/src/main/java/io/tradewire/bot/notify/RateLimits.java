package io.tradewire.bot.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A platform's sending limits, kept by the one instance that sends: at most one message per
 * chat per interval, at most N a second over all chats, and a pause after the platform says
 * "too many requests" (for that chat, and for everything: Telegram does not say which limit
 * was hit, and waiting is what avoids a ban). Not thread-safe: one dispatcher thread uses it.
 */
final class RateLimits {
    private final Duration perChat;
    private final int perSecond;
    private final Map<String, Instant> chatFreeAt = new HashMap<>();
    private final Deque<Instant> lastSecond = new ArrayDeque<>();
    private Instant allFreeAt = Instant.MIN;

    RateLimits(Duration perChat, int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("tradewire.notify.global-per-second must be at least 1");
        }
        this.perChat = perChat;
        this.perSecond = perSecond;
    }

    /** When a message to this chat may go, at the earliest. */
    Instant freeAt(String chatId, Instant now) {
        Instant at = max(now, allFreeAt);
        at = max(at, chatFreeAt.getOrDefault(chatId, Instant.MIN));
        while (!lastSecond.isEmpty() && !lastSecond.peekFirst().plusSeconds(1).isAfter(now)) {
            lastSecond.removeFirst();
        }
        if (lastSecond.size() >= perSecond) {
            at = max(at, lastSecond.peekFirst().plusSeconds(1));
        }
        return at;
    }

    /** A message went to the chat now. */
    void sent(String chatId, Instant now) {
        chatFreeAt.put(chatId, now.plus(perChat));
        lastSecond.addLast(now);
    }

    /** The platform asked to wait: nothing goes anywhere until then. */
    void pause(String chatId, Instant until) {
        chatFreeAt.merge(chatId, until, RateLimits::max);
        allFreeAt = max(allFreeAt, until);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
