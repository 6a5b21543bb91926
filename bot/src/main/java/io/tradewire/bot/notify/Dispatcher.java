package io.tradewire.bot.notify;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.command.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends one platform's outbox within its limits ({@link RateLimits}). Each chat's notices go in
 * the order they were queued: only a chat's oldest pending one is a candidate, and the due
 * notices queued behind it go in the same message, a line each, up to the platform's length
 * (a signal's fill and its placed stop and targets are one DM, not four paced a second apart). A
 * notice is marked sent after the platform accepted it, so a crash between the two sends it
 * again (at least once: better twice than never). A rate limit delays a notice without counting
 * against it; a failure is retried with a growing delay, and given up (with the reason) only when
 * permanent or after {@link NotifyConfig#getMaxAttempts()} tries.
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final int CANDIDATES = 200;
    /** most notices in one message */
    static final int BATCH = 20;
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
            deliver(batch(n, now));
        }
        return next;
    }

    private List<Notification> batch(Notification head, Instant now) {
        return batch(head, tx.executeRead(s -> outbox.pendingOfChat(sender.platform().name(), head.chatId(), BATCH)),
                now, sender.maxLength());
    }

    /**
     * The head and the due notices queued right behind it that fit in one message with it (a line
     * each, at most {@code maxLength} characters, same sound setting); a notice that may not go yet
     * ends the run, so the chat's order holds.
     */
    static List<Notification> batch(Notification head, List<Notification> pending, Instant now, int maxLength) {
        List<Notification> out = new ArrayList<>(List.of(head));
        if (pending.isEmpty() || !pending.getFirst().id().equals(head.id())) {
            return out;
        }
        int length = head.text().length();
        for (Notification n : pending.subList(1, pending.size())) {
            length += 1 + n.text().length();
            if (n.dueAt().isAfter(now) || n.silent() != head.silent() || length > maxLength) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    private void deliver(List<Notification> batch) {
        Notification n = batch.getFirst();
        String text = String.join("\n", batch.stream().map(Notification::text).toList());
        SendResult result = sender.send(n.chatId(), text, n.silent());
        Instant after = clock.instant();
        switch (result) {
            case SendResult.Sent ok -> {
                limits.sent(n.chatId(), after);
                tx.executeWrite(s -> {
                    batch.forEach(b -> outbox.sent(b.id(), after));
                    return null;
                });
            }
            case SendResult.RetryAfter retry -> {
                Instant until = after.plus(retry.delay());
                limits.pause(n.chatId(), until);
                LOG.warn("rate limited by {}: waiting {} s (notification {})", sender.platform(),
                        retry.delay().toSeconds(), n.id());
                tx.executeWrite(s -> {
                    batch.forEach(b -> outbox.later(b.id(), until, 0, "rate limited: retry after "
                            + retry.delay().toSeconds() + " s"));
                    return null;
                });
            }
            case SendResult.Failed failed -> {
                limits.sent(n.chatId(), after);
                boolean giveUp = failed.permanent() || n.attempts() + 1 >= config.getMaxAttempts();
                LOG.warn("notification {} to {} not sent ({}): {}", n.id(), sender.platform(),
                        giveUp ? "given up" : "will retry", failed.reason());
                tx.executeWrite(s -> {
                    for (Notification b : batch) {
                        if (giveUp) {
                            outbox.failed(b.id(), failed.reason());
                        } else {
                            outbox.later(b.id(), after.plus(backoff(n.attempts())), 1, failed.reason());
                        }
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
