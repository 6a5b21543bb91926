package io.tradewire.trading.order;

import io.tradewire.trading.execution.JobRunner;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Sends execution jobs (NEW orders) to their venues. Safe to call for any ids, any number of
 * times, from any thread or instance: only due jobs are taken, each by one worker.
 */
@Singleton
public class OrderExecutor {
    private final JobRunner runner;

    OrderExecutor(JobRunner runner) {
        this.runner = runner;
    }

    /** Runs the job if it is due and nobody else holds it; true when this call did. */
    public boolean execute(Long orderId) {
        return runner.runAll(List.of(orderId)) > 0;
    }

    /** Runs the due jobs among the ids in parallel and waits; returns how many this call ran. */
    public int executeAll(List<Long> orderIds) {
        return runner.runAll(orderIds);
    }
}
