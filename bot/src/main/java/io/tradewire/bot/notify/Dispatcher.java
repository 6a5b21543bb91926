package io.tradewire.bot.notify;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.command.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends one platform's outbox within its limits ({@link RateLimits}). Each chat's notices go in
 * the order they were queued: only a chat's oldest pending one is a candidate. A notice is
 * marked sent after the platform accepted it, so a crash between the two sends it again (at
 * least once: better twice than never). A rate limit delays a notice without counting against
 * it; a failure is retried with a growing delay, and given up (with the reason) only when
 * permanent or after {@link NotifyConfig#getMaxAttempts()} tries.
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final int CANDIDATES = 200;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final ChatSender sender;
    private final OutboxRepository outbox;
    private final NotifyConfig config;
    private final RateLimits limits;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    Dispatcher(ChatSender sender, OutboxRepository outbox, NotifyConfig config, TransactionOperations<Connection> tx,
               Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.config = config;
        this.limits = new RateLimits(config.getPerChatInterval(), config.getGlobalPerSecond());
        this.tx = tx;
        this.clock = clock;
    }

    public Platform platform() {
        return sender.platform();
    }

    /**
     * Sends what is due and allowed now; returns when the next send could happen (the caller
     * sleeps until then, or until woken by a new notice).
     */
    public Instant sendDue() {
        Instant now = clock.instant();
        Instant next = now.plus(config.getScanInterval());
        List<Notification> heads = tx.executeRead(s -> outbox.headsOfChats(sender.platform().name(), CANDIDATES));
        for (Notification n : heads) {
            now = clock.instant();
            Instant free = limits.freeAt(n.chatId(), now);
            Instant due = n.dueAt().isAfter(free) ? n.dueAt() : free;
            if (due.isAfter(now)) {
                next = due.isBefore(next) ? due : next;
                continue;
            }
            deliver(n, now);
        }
        return next;
    }

    private void deliver(Notification n, Instant now) {
        SendResult result = sender.send(n.chatId(), n.text(), n.silent());
        Instant after = clock.instant();
        switch (result) {
            case SendResult.Sent ok -> {
                limits.sent(n.chatId(), after);
                tx.executeWrite(s -> {
                    outbox.sent(n.id(), after);
                    return null;
                });
            }
            case SendResult.RetryAfter retry -> {
                Instant until = after.plus(retry.delay());
                limits.pause(n.chatId(), until);
                LOG.warn("rate limited by {}: waiting {} s (notification {})", sender.platform(),
                        retry.delay().toSeconds(), n.id());
                tx.executeWrite(s -> {
                    outbox.later(n.id(), until, 0, "rate limited: retry after " + retry.delay().toSeconds() + " s");
                    return null;
                });
            }
            case SendResult.Failed failed -> {
                limits.sent(n.chatId(), after);
                boolean giveUp = failed.permanent() || n.attempts() + 1 >= config.getMaxAttempts();
                LOG.warn("notification {} to {} not sent ({}): {}", n.id(), sender.platform(),
                        giveUp ? "given up" : "will retry", failed.reason());
                tx.executeWrite(s -> {
                    if (giveUp) {
                        outbox.failed(n.id(), failed.reason());
                    } else {
                        outbox.later(n.id(), after.plus(backoff(n.attempts())), 1, failed.reason());
                    }
                    return null;
                });
            }
        }
    }

    static Duration backoff(int attempts) {
        Duration d = Duration.ofSeconds(1L << Math.min(attempts, 16));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
