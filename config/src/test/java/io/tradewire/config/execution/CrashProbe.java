package io.tradewire.config.execution;

import io.micronaut.context.annotation.Requires;
import io.tradewire.trading.probe.StepProbe;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/** Stops the engine at the n-th time it passes a given step boundary, as a crash there would. */
@Singleton
@Requires(property = "test.crash-probe", value = "true")
public class CrashProbe implements StepProbe {
    private final AtomicInteger passed = new AtomicInteger();
    private volatile Step armedStep;
    private volatile int armedAt = -1;

    /** Arms a crash at the n-th time (1-based) the step is passed from now on. */
    public void crashAt(Step step, int n) {
        passed.set(0);
        armedAt = n;
        armedStep = step;
    }

    @Override
    public void reached(Step step, long id) {
        if (step == armedStep && passed.incrementAndGet() == armedAt) {
            armedStep = null;
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
