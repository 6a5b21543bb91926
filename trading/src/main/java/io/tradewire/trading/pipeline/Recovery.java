package io.tradewire.trading.pipeline;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.inbox.InboxStatus;
import io.tradewire.trading.execution.JobRunner;
import io.tradewire.trading.signal.SignalRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Finishes work a crash (or a retryable venue error) left behind: messages stored but not
 * parsed, signals parsed but not routed, orders decided but not placed. Runs soon after start
 * and then periodically; safe beside live traffic and other instances. After its first pass it
 * leaves stored messages younger than {@code received-grace} to the live path: a chat bot stores
 * a post and reads it in its channel's order a moment later, and a follow-up taken out of that
 * order could be decided before its signal's entry has filled. Jobs waiting for a retry
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
    private final Duration grace;
    private final Clock clock;
    private volatile boolean firstPassDone;

    Recovery(Pipeline pipeline, InboxRepository inbox, SignalRepository signals, JobRunner runner,
             @Value("${tradewire.pipeline.recovery.received-grace:2m}") Duration grace, Clock clock) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("tradewire.pipeline.recovery.received-grace must not be negative, got "
                    + grace);
        }
        this.pipeline = pipeline;
        this.inbox = inbox;
        this.signals = signals;
        this.runner = runner;
        this.grace = grace;
        this.clock = clock;
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
        // at start nothing live holds a message yet: every stored one is taken
        var stored = firstPassDone
                ? inbox.findByStatusAndReceivedAtBeforeOrderById(InboxStatus.RECEIVED, clock.instant().minus(grace))
                : inbox.findByStatusOrderById(InboxStatus.RECEIVED);
        firstPassDone = true;
        for (var message : stored) {
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
