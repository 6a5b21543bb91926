package io.tradewire.config.execution;

import io.micronaut.context.annotation.Requires;
import io.tradewire.trading.probe.StepProbe;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/** Stops the engine at the n-th step boundary it passes, as a crash there would. */
@Singleton
@Requires(property = "test.crash-probe", value = "true")
public class CrashProbe implements StepProbe {
    private final AtomicInteger passed = new AtomicInteger();
    private volatile int crashAt = -1;

    /** Arms a crash at the n-th boundary from now (1-based). */
    public void crashAt(int n) {
        passed.set(0);
        crashAt = n;
    }

    public int passed() {
        return passed.get();
    }

    @Override
    public void reached(Step step, long id) {
        if (passed.incrementAndGet() == crashAt) {
            crashAt = -1;
            throw new SimulatedCrash(step, id);
        }
    }

    /** An Error, so no code on the way out handles it: the work simply stops where it was. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash(Step step, long id) {
            super("simulated crash after " + step + " of " + id);
        }
    }
}
