package io.tradewire.trading.execution;

import io.github.resilience4j.core.IntervalFunction;
import io.tradewire.trading.venue.Placement;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * When a job that failed for a passing reason is tried again: exponential backoff with jitter
 * (resilience4j's interval function), never sooner than a venue's Retry-After.
 */
@Singleton
class RetryPolicy {
    private final IntervalFunction backoff;
    private final int maxAttempts;

    RetryPolicy(ExecutionConfig config) {
        if (config.getMaxAttempts() < 1) {
            throw new IllegalArgumentException("tradewire.execution.max-attempts must be at least 1, got "
                    + config.getMaxAttempts());
        }
        if (config.getLease().compareTo(config.getVenueTimeout().multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tradewire.execution.lease (" + config.getLease()
                    + ") must be at least twice tradewire.execution.venue-timeout (" + config.getVenueTimeout()
                    + "), or a slow call could be sent twice");
        }
        this.maxAttempts = config.getMaxAttempts();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(config.getInitialBackoff(), 2.0, 0.5,
                config.getMaxBackoff());
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait before attempt {@code attemptsMade + 1}. */
    Duration delay(int attemptsMade, Placement failure) {
        Duration wait = Duration.ofMillis(backoff.apply(Math.max(1, attemptsMade)));
        if (failure instanceof Placement.RateLimited r && r.retryAfter().compareTo(wait) > 0) {
            return r.retryAfter();
        }
        return wait;
    }
}
