package io.tradewire.trading.execution;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.inject.Singleton;

/**
 * One circuit breaker per venue account (resilience4j keys them by name; Micronaut's own breaker
 * is per method, which would let one broken account stop every other). An open circuit defers
 * the account's jobs instead of hammering a venue that keeps failing.
 */
@Singleton
class AccountBreakers {
    private final CircuitBreakerRegistry registry;

    AccountBreakers(ExecutionConfig config) {
        int window = config.getBreakerWindow();
        if (window < 1) {
            throw new IllegalArgumentException("tradewire.execution.breaker-window must be at least 1, got " + window);
        }
        if (config.getBreakerFailureRate() < 1 || config.getBreakerFailureRate() > 100) {
            throw new IllegalArgumentException("tradewire.execution.breaker-failure-rate must be in [1, 100], got "
                    + config.getBreakerFailureRate());
        }
        registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .failureRateThreshold(config.getBreakerFailureRate())
                .waitDurationInOpenState(config.getBreakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    CircuitBreaker forAccount(Long accountId) {
        return registry.circuitBreaker("venue-account-" + accountId);
    }
}
