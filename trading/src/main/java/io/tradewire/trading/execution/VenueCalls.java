package io.tradewire.trading.execution;

import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueOrder;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
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
    private final ExecutorService calls = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("venue-call-", 0).factory());

    VenueCalls(ExecutionConfig config) {
        this.config = config;
    }

    Placement place(Venue venue, VenueOrder order) {
        return within("place " + order.clientOrderId(), () -> venue.place(order), Placement.Unknown::new);
    }

    Optional<Placement> query(Venue venue, Long accountId, String clientOrderId) {
        return within("query " + clientOrderId, () -> venue.query(accountId, clientOrderId),
                why -> Optional.of(new Placement.Unknown("could not ask the venue about it: " + why)));
    }

    private <T> T within(String what, Supplier<T> call, java.util.function.Function<String, T> unknown) {
        long millis = config.getVenueTimeout().toMillis();
        try {
            return CompletableFuture.supplyAsync(call, calls).get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return unknown.apply("no answer within " + millis + " ms");
        } catch (ExecutionException e) {
            LOG.warn("venue adapter failed on {}", what, e.getCause());
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
