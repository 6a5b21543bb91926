package io.tradewire.trading.execution;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting on a group of parallel tasks. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * Waits for every task, even after one failed, so nothing still runs when this returns; then
     * rethrows the first failure as it was (an Error stays an Error: a crash in a test).
     */
    public static void awaitAll(List<? extends Future<?>> running) {
        Throwable first = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                first = first == null ? e.getCause() : first;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for parallel tasks", e);
            }
        }
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error err) {
            throw err;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }
}
