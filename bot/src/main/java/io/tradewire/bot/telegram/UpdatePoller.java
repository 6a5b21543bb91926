package io.tradewire.bot.telegram;

import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Long polling with the offset in the database: each getUpdates asks from the stored offset,
 * and the offset moves past an update only once it is handled. A restart (or another instance
 * taking over) resumes there: nothing is lost, and nothing handled is asked for again. Updates
 * after one that failed and may succeed later wait for it, in order.
 */
final class UpdatePoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdatePoller.class);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final TelegramApi api;
    private final UpdateHandler handler;
    private final OffsetStore offsets;
    private final String bot;
    private final Duration timeout;
    private final BooleanSupplier holding;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private volatile boolean stopped;

    UpdatePoller(TelegramApi api, UpdateHandler handler, OffsetStore offsets, String bot, Duration timeout,
                 BooleanSupplier holding, TransactionOperations<Connection> tx, Clock clock) {
        this.api = api;
        this.handler = handler;
        this.offsets = offsets;
        this.bot = bot;
        this.timeout = timeout;
        this.holding = holding;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!stopped && holding.getAsBoolean()) {
            try {
                long offset = tx.executeRead(s -> offsets.next(bot)).orElse(0L);
                List<Update> updates = api.getUpdates(offset, timeout);
                for (Update u : updates) {
                    if (stopped || !holding.getAsBoolean()) {
                        // another instance may hold the bot now: what is not marked handled is its to take
                        return;
                    }
                    handler.handle(u);
                    tx.executeWrite(s -> {
                        offsets.handled(bot, u.getUpdateId() + 1L, clock.instant());
                        return null;
                    });
                }
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                Duration wait = backoff(failures, e);
                LOG.warn("telegram updates: {}; trying again in {} ms", e.getMessage(), wait.toMillis());
                sleep(wait);
            }
        }
    }

    /** Telegram's retry_after when it gave one, else doubling from 1 s up to 30 s. */
    static Duration backoff(int failures, RuntimeException e) {
        if (e instanceof TelegramApi.TelegramFailure f && f.retryAfter() != null) {
            return Duration.ofSeconds(f.retryAfter());
        }
        Duration d = Duration.ofSeconds(1L << Math.min(failures - 1, 5));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    void stop() {
        stopped = true;
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
