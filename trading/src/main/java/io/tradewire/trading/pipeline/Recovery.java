package io.tradewire.trading.pipeline;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.inbox.InboxStatus;
import io.tradewire.trading.execution.JobRunner;
import io.tradewire.trading.signal.SignalRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes work a crash (or a retryable venue error) left behind: messages stored but not
 * parsed, signals parsed but not routed, orders decided but not placed. Runs soon after start
 * and then periodically; safe beside live traffic and other instances. Jobs waiting for a retry
 * are also run by {@link io.tradewire.trading.execution.DuePoller}, which looks far more often.
 */
@Singleton
@Requires(property = "tradewire.pipeline.recovery.enabled", notEquals = "false")
public class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final Pipeline pipeline;
    private final InboxRepository inbox;
    private final SignalRepository signals;
    private final JobRunner runner;

    Recovery(Pipeline pipeline, InboxRepository inbox, SignalRepository signals, JobRunner runner) {
        this.pipeline = pipeline;
        this.inbox = inbox;
        this.signals = signals;
        this.runner = runner;
    }

    @Scheduled(initialDelay = "${tradewire.pipeline.recovery.initial-delay:1s}",
            fixedDelay = "${tradewire.pipeline.recovery.interval:10s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("recovery pass failed; the next pass tries again", e);
        }
    }

    /** One pass; returns how many items it moved on. */
    public int runOnce() {
        int moved = 0;
        for (var message : inbox.findByStatusOrderById(InboxStatus.RECEIVED)) {
            pipeline.advance(message, false);
            moved++;
        }
        for (var signal : signals.findByRoutedOrderById(false)) {
            pipeline.resumeSignal(signal.id());
            moved++;
        }
        moved += runner.runDue(500);
        if (moved > 0) {
            LOG.info("recovery resumed {} items", moved);
        }
        return moved;
    }
}
