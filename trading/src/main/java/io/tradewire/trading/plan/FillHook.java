package io.tradewire.trading.plan;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.tradewire.trading.order.Fill;
import jakarta.inject.Singleton;

/**
 * The plans' fill listener: every fill row, however it was booked (the executor, a venue's
 * report, an amend that filled), reaches the plan engine in the transaction that stored it, so
 * exits are armed, resized or cancelled together with the fill itself.
 */
@Singleton
class FillHook implements PostPersistEventListener<Fill> {
    // resolved late: the engine's own repositories are not ready while entity listeners are collected
    private final BeanProvider<PlanEngine> engine;

    FillHook(BeanProvider<PlanEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void postPersist(Fill fill) {
        engine.get().onFill(fill);
    }
}
