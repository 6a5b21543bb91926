package io.tradewire.bot.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One ordered lane per provider channel: a channel's posts are read one after another (a
 * follow-up after its signal, an edit after its post), different channels side by side, each
 * task on a virtual thread. A bot's update loop hands a stored post to its lane and goes on, so
 * one slow venue holds up no other channel's posts. A failed task is logged and its lane goes on.
 */
final class ChannelLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelLanes.class);

    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("intake-", 0).factory());
    private final Map<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    /** Runs the work after everything given to the lane before it; returns at once. */
    void run(String lane, String what, Runnable work) {
        call(lane, () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("intake of {} on {} failed (the inbox keeps it for recovery): {}", what, lane, e.toString());
            }
            return null;
        });
    }

    /** Runs the work in its turn on the lane, and its result when done. */
    <T> CompletableFuture<T> call(String lane, Supplier<T> work) {
        CompletableFuture<T>[] mine = new CompletableFuture[1];
        tails.compute(lane, (k, tail) -> {
            CompletableFuture<?> before = tail == null ? CompletableFuture.completedFuture(null)
                    : tail.handle((ok, err) -> null);
            mine[0] = before.thenApplyAsync(ignored -> work.get(), threads);
            return mine[0];
        });
        return mine[0];
    }

    /** Waits for the work's result; a failure comes back as it was thrown. */
    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the intake", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** True once every lane has finished what it was given, within the time. */
    boolean awaitIdle(Duration within) {
        try {
            CompletableFuture.allOf(tails.values().stream().map(f -> f.handle((ok, err) -> null))
                    .toArray(CompletableFuture[]::new)).get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
