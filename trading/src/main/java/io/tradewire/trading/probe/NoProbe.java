package io.tradewire.trading.probe;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** The service's probe: nothing watches the steps. */
@Singleton
@Secondary
class NoProbe implements StepProbe {
    @Override
    public void reached(Step step, long id) {
    }
}
