package io.tradewire.trading.execution;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs whose retry is due and jobs whose worker's lease ran out. The retry times live in the
 * job rows, not in memory, so a restart loses no retry.
 */
@Singleton
@Requires(property = "tradewire.execution.poller.enabled", notEquals = "false")
class DuePoller {
    private static final Logger LOG = LoggerFactory.getLogger(DuePoller.class);

    private final JobRunner runner;

    DuePoller(JobRunner runner) {
        this.runner = runner;
    }

    @Scheduled(initialDelay = "${tradewire.execution.poll-interval:500ms}",
            fixedDelay = "${tradewire.execution.poll-interval:500ms}")
    void poll() {
        try {
            runner.runDue(1000);
        } catch (RuntimeException e) {
            LOG.error("job poll failed; the next poll tries again", e);
        }
    }
}
