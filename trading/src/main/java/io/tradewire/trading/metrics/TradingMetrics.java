package io.tradewire.trading.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The pipeline's counters and timers, as served on {@code /prometheus}. */
@Singleton
public class TradingMetrics {
    private final MeterRegistry registry;
    private final Counter received;

    TradingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.received = Counter.builder("tradewire.signals.received").description("messages stored in the inbox")
                .register(registry);
    }

    public void received() {
        received.increment();
    }

    public void parsed(String kind) {
        Counter.builder("tradewire.signals.parsed").description("messages parsed, by signal kind")
                .tag("kind", kind).register(registry).increment();
    }

    public void decided(String outcome) {
        Counter.builder("tradewire.decisions").description("follower decisions, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    public void order(String venue, String status, Duration latency) {
        Counter.builder("tradewire.orders").description("orders finished, by venue and status")
                .tag("venue", venue).tag("status", status).register(registry).increment();
        Timer.builder("tradewire.order.latency").description("time a venue took to place an order")
                .tag("venue", venue).register(registry).record(latency);
    }

    public void step(String step, Duration latency) {
        Timer.builder("tradewire.pipeline.latency").description("time per pipeline step")
                .tag("step", step).register(registry).record(latency);
    }
}
