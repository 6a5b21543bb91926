package io.tradewire.trading.execution;

import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueOrder;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Calls a venue with a deadline. A call that runs past it, or an adapter that throws, is an
 * unknown outcome: the order may exist, so the next attempt asks before it sends.
 */
@Singleton
class VenueCalls {
    private static final Logger LOG = LoggerFactory.getLogger(VenueCalls.class);

    private final ExecutionConfig config;
    /** place calls the engine stopped waiting for that still run: they may yet land on the venue */
    private final Map<String, CompletableFuture<?>> stillRunning = new ConcurrentHashMap<>();
    private final ExecutorService calls = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("venue-call-", 0).factory());

    VenueCalls(ExecutionConfig config) {
        this.config = config;
    }

    Placement place(Venue venue, VenueOrder order) {
        return within(order.clientOrderId(), "place", () -> venue.place(order), Placement.Unknown::new);
    }

    /**
     * True while an earlier place call for this client order id that timed out is still running:
     * asking the venue now could miss an order that lands a moment later, and sending again could
     * place it twice, so the job waits until that call has ended.
     */
    boolean inFlight(String clientOrderId) {
        return stillRunning.containsKey(clientOrderId);
    }

    Optional<Placement> query(Venue venue, Long accountId, String clientOrderId) {
        return within(clientOrderId, "query", () -> venue.query(accountId, clientOrderId),
                why -> Optional.of(new Placement.Unknown("could not ask the venue about it: " + why)));
    }

    private <T> T within(String clientOrderId, String what, Supplier<T> call,
                         java.util.function.Function<String, T> unknown) {
        long millis = config.getVenueTimeout().toMillis();
        CompletableFuture<T> running = CompletableFuture.supplyAsync(call, calls);
        try {
            return running.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (what.equals("place")) {
                stillRunning.put(clientOrderId, running);
                running.whenComplete((r, x) -> stillRunning.remove(clientOrderId, running));
            }
            return unknown.apply("no answer within " + millis + " ms");
        } catch (ExecutionException e) {
            LOG.warn("venue adapter failed on {} {}", what, clientOrderId, e.getCause());
            return unknown.apply("venue adapter error: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unknown.apply("interrupted");
        }
    }

    @PreDestroy
    void close() {
        calls.shutdownNow();
    }
}
