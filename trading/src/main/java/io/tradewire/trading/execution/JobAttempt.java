package io.tradewire.trading.execution;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.metrics.TradingMetrics;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.order.OrderOutcomes;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.order.OrderStatus;
import io.tradewire.trading.probe.StepProbe;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.Venues;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One attempt at one leased job: send (or, if it may have been sent before, first ask the venue
 * for its client order id), then book the answer in its own transaction. No transaction is open
 * while the venue is called, so a slow venue holds no lock and no connection.
 */
@Singleton
class JobAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(JobAttempt.class);

    private final Venues venues;
    private final VenueCalls calls;
    private final AccountBreakers breakers;
    private final OrderRepository orders;
    private final OrderOutcomes outcomes;
    private final AccountHealth health;
    private final RetryPolicy retry;
    private final TransactionOperations<Connection> tx;
    private final TradingMetrics metrics;
    private final StepProbe probe;
    private final ExecutionConfig config;
    private final Clock clock;

    JobAttempt(Venues venues, VenueCalls calls, AccountBreakers breakers, OrderRepository orders,
               OrderOutcomes outcomes, AccountHealth health, RetryPolicy retry, TransactionOperations<Connection> tx,
               TradingMetrics metrics, StepProbe probe, ExecutionConfig config, Clock clock) {
        this.venues = venues;
        this.calls = calls;
        this.breakers = breakers;
        this.orders = orders;
        this.outcomes = outcomes;
        this.health = health;
        this.retry = retry;
        this.tx = tx;
        this.metrics = metrics;
        this.probe = probe;
        this.config = config;
        this.clock = clock;
    }

    /** {@code o} is the job as it was before this lease: its attempts count earlier sends only. */
    void run(Order o) {
        CircuitBreaker breaker = breakers.forAccount(o.accountId());
        if (!breaker.tryAcquirePermission()) {
            Instant at = clock.instant().plus(config.getBreakerOpenFor());
            tx.executeWrite(s -> {
                orders.retryLater(o.id(), at, "circuit open for account " + o.accountId()
                        + " after repeated venue errors; next try at " + at, 1, clock.instant());
                return null;
            });
            return;
        }
        Venue venue = venues.forKind(VenueKind.valueOf(o.venue()));
        long started = System.nanoTime();
        Placement answer = send(venue, o);
        long took = System.nanoTime() - started;
        if (answer instanceof Placement.Held) {
            breaker.releasePermission(); // nothing was tried: neither a success nor a failure
        } else if (isTrouble(answer)) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new VenueTrouble(describe(answer)));
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
        probe.reached(StepProbe.Step.SENT, o.id());
        tx.executeWrite(s -> {
            book(o.id(), answer, Duration.ofNanos(took));
            return null;
        });
        probe.reached(StepProbe.Step.BOOKED, o.id());
    }

    private Placement send(Venue venue, Order o) {
        if (calls.inFlight(o.clientOrderId())) {
            return new Placement.Held("an earlier request for this order is still on its way to the venue",
                    config.getInitialBackoff());
        }
        boolean mayExist = o.attempts() > 0 || o.status() == OrderStatus.SENDING;
        if (mayExist) {
            Optional<Placement> known = calls.query(venue, o.accountId(), o.clientOrderId());
            if (known.isPresent()) {
                if (!(known.get() instanceof Placement.Unknown)) {
                    LOG.info("order reconciled order={} client_order_id={} venue_state={}", o.id(), o.clientOrderId(),
                            known.get().getClass().getSimpleName());
                }
                return known.get();
            }
        }
        return calls.place(venue, new VenueOrder(o.accountId(), o.clientOrderId(), o.symbol(), o.side(), o.type(),
                o.quantity(), o.limitPrice(), o.referencePrice(), o.intent() == OrderIntent.CLOSE));
    }

    private void book(Long id, Placement answer, Duration took) {
        Order current = orders.lockForBooking(id).orElseThrow();
        if (current.status() != OrderStatus.SENDING) {
            return; // booked by a worker that took over an expired lease, or cancelled meanwhile
        }
        String venue = current.venue().toLowerCase();
        if (outcomes.book(current, answer)) {
            health.succeeded(current.accountId());
            metrics.order(venue, statusOf(answer), took);
            return;
        }
        if (answer instanceof Placement.Rejected r && !r.retryable()) {
            health.succeeded(current.accountId());
            orders.finish(id, OrderStatus.REJECTED.name(), r.reason(), null, clock.instant());
            metrics.order(venue, "rejected", took);
            LOG.warn("order rejected signal={} order={} account={} reason={}", current.signalId(), id,
                    current.accountId(), r.reason());
            return;
        }
        if (answer instanceof Placement.Held h) {
            Instant now = clock.instant();
            Instant next = now.plus(h.retryAfter());
            orders.retryLater(id, next, "held: " + h.reason() + "; next try at " + next, 1, now);
            metrics.order(venue, "held", took);
            return;
        }
        String reason = describe(answer);
        if (!(answer instanceof Placement.RateLimited) && health.failed(current.accountId(), reason)) {
            orders.finish(id, OrderStatus.FAILED.name(), "account disabled after repeated venue errors; the last: "
                    + reason, null, clock.instant());
            metrics.order(venue, "failed", took);
            return;
        }
        if (current.attempts() >= retry.maxAttempts()) {
            orders.finish(id, OrderStatus.FAILED.name(), "gave up after " + current.attempts() + " attempts; the last: "
                    + reason, null, clock.instant());
            metrics.order(venue, "failed", took);
            LOG.warn("order failed signal={} order={} account={} attempts={} reason={}", current.signalId(), id,
                    current.accountId(), current.attempts(), reason);
            return;
        }
        Instant now = clock.instant();
        Instant next = now.plus(retry.delay(current.attempts(), answer));
        orders.retryLater(id, next, reason + "; attempt " + (current.attempts() + 1) + " of " + retry.maxAttempts()
                + " at " + next, 0, now);
        metrics.order(venue, "retry", took);
        LOG.warn("order will retry signal={} order={} account={} at={} reason={}", current.signalId(), id,
                current.accountId(), next, reason);
    }

    private static boolean isTrouble(Placement p) {
        return p instanceof Placement.Unknown || p instanceof Placement.RateLimited
                || p instanceof Placement.Rejected r && r.retryable();
    }

    private static String statusOf(Placement p) {
        return switch (p) {
            case Placement.Filled f -> "filled";
            case Placement.Working w -> "placed";
            case Placement.Cancelled c -> "cancelled";
            default -> "other";
        };
    }

    static String describe(Placement p) {
        return switch (p) {
            case Placement.Rejected r -> r.reason();
            case Placement.RateLimited r -> "rate limited: " + r.reason() + " (retry after " + r.retryAfter().toMillis()
                    + " ms)";
            case Placement.Unknown u -> "no answer: " + u.reason();
            default -> p.getClass().getSimpleName();
        };
    }

    /** What a breaker records for a failed call; never thrown. */
    static final class VenueTrouble extends RuntimeException {
        VenueTrouble(String message) {
            super(message, null, false, false);
        }
    }
}
