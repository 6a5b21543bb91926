package io.tradewire.trading.venue.sim;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The simulated venue ({@code tradewire.sim.*}): off unless enabled. It answers after
 * {@code latency}, injects faults at {@code fault-rate} (timeouts, lost replies, 5xx, 429), and
 * keeps its order book in memory or in the database (to outlive an engine that is killed).
 */
@ConfigurationProperties("tradewire.sim")
public interface SimConfig {
    @Bindable(defaultValue = "false")
    boolean isEnabled();

    @Bindable(defaultValue = "0ms")
    Duration getLatency();

    /** share of calls (0 to 1) that meet a random fault; a probability, not money */
    @Bindable(defaultValue = "0")
    double getFaultRate();

    @Bindable(defaultValue = "42")
    long getSeed();

    @Bindable(defaultValue = "1s")
    Duration getRetryAfter();

    /** memory or database */
    @Bindable(defaultValue = "memory")
    String getBook();

    /** refuse a second order with a known client order id, as most exchanges do */
    @Bindable(defaultValue = "false")
    boolean isDedupe();
}
