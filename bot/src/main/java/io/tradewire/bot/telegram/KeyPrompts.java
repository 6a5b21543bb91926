package io.tradewire.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exchange keys asked for in a private chat: {@code /link exchange binance} without keys makes
 * the user's next message there the keys (Telegram has no form like Discord's modal, and a key
 * typed as its own message is easier than one typed inside a command). A prompt lasts
 * {@link #TTL}; any command in between drops it. Held in memory on purpose: a prompt lost with a
 * restart only means the keys message is deleted and the user asked to start again, while a
 * stored one would be one more place that knows a user is about to send keys.
 */
final class KeyPrompts {
    static final Duration TTL = Duration.ofMinutes(10);

    /** The exchange the keys are for, until when. */
    record Pending(String exchange, Instant until) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    KeyPrompts(Clock clock) {
        this.clock = clock;
    }

    void ask(String chatId, String exchange) {
        pending.put(chatId, new Pending(exchange, clock.instant().plus(TTL)));
    }

    /** The chat's prompt, taken (it is answered once), unless there is none or it ran out. */
    Optional<Pending> take(String chatId) {
        Pending p = pending.remove(chatId);
        return p == null || clock.instant().isAfter(p.until()) ? Optional.empty() : Optional.of(p);
    }

    void drop(String chatId) {
        pending.remove(chatId);
    }
}
