package io.tradewire.config.cli;

import io.micronaut.context.annotation.Requires;
import io.tradewire.trading.probe.StepProbe;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The bench's stopwatch on the engine's step boundaries: when the signal was committed, when
 * its decisions were, and when the venue answered each order.
 */
@Singleton
@Requires(property = "tradewire.bench.fanout", value = "true")
public class FanoutProbe implements StepProbe {
    private volatile long signalCommitted;
    private volatile long routed;
    private final ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();

    void reset() {
        signalCommitted = 0;
        routed = 0;
        answered.clear();
    }

    @Override
    public void reached(Step step, long id) {
        long now = System.nanoTime();
        switch (step) {
            case PARSED -> signalCommitted = now;
            case ROUTED -> routed = now;
            case SENT -> answered.add(now);
            default -> { }
        }
    }

    long signalCommitted() {
        return signalCommitted;
    }

    long routed() {
        return routed;
    }

    java.util.List<Long> answered() {
        return java.util.List.copyOf(answered);
    }
}
