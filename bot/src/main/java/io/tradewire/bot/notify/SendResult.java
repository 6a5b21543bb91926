package io.tradewire.bot.notify;

import java.time.Duration;

/** What became of one send. */
public sealed interface SendResult {
    /** delivered to the platform */
    record Sent() implements SendResult {
    }

    /** the platform asked to wait (Telegram's 429 retry_after); not an error, nothing is lost */
    record RetryAfter(Duration delay) implements SendResult {
    }

    /** not sent; {@code permanent} when a retry cannot help (the user blocked the bot, no such chat) */
    record Failed(String reason, boolean permanent) implements SendResult {
    }
}
