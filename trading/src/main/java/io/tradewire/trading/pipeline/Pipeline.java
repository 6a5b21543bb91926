package io.tradewire.trading.pipeline;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.decision.DecisionRepository;
import io.tradewire.trading.inbox.Inbox;
import io.tradewire.trading.inbox.InboxMessage;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.metrics.TradingMetrics;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.probe.StepProbe;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole path for one message: inbox, parse, route, execute. Each step commits before the
 * next starts and each is idempotent, so calling {@link #advance} again after a crash finishes
 * the work without doing any of it twice. Every source (REST, bots, replay) enters here.
 */
@Singleton
public class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Inbox inbox;
    private final SignalRecorder recorder;
    private final FanOut fanOut;
    private final SignalRepository signals;
    private final DecisionRepository decisions;
    private final OrderRepository orders;
    private final TransactionOperations<Connection> tx;
    private final TradingMetrics metrics;
    private final StepProbe probe;

    Pipeline(Inbox inbox, SignalRecorder recorder, FanOut fanOut, SignalRepository signals,
             DecisionRepository decisions, OrderRepository orders, TransactionOperations<Connection> tx,
             TradingMetrics metrics, StepProbe probe) {
        this.probe = probe;
        this.inbox = inbox;
        this.recorder = recorder;
        this.fanOut = fanOut;
        this.signals = signals;
        this.decisions = decisions;
        this.orders = orders;
        this.tx = tx;
        this.metrics = metrics;
    }

    public PipelineResult submit(IncomingMessage message) {
        Inbox.Received received = store(message);
        return advance(received.message(), received.duplicate());
    }

    /**
     * The first step alone: the message stored (once). A caller that takes it further later (or
     * leaves it to {@link Recovery}) has already made it durable: nothing of it can be lost.
     */
    public Inbox.Received store(IncomingMessage message) {
        Inbox.Received received = timed("inbox", () -> tx.executeWrite(s -> inbox.receive(message)));
        probe.reached(StepProbe.Step.STORED, received.message().id());
        if (!received.duplicate()) {
            metrics.received();
            LOG.info("message received inbox={} source={} channel={} message_id={}", received.message().id(),
                    message.source().wire(), message.channel(), message.messageId());
        }
        return received;
    }

    /** Takes a stored message as far as it can go; safe to call any number of times. */
    public PipelineResult advance(InboxMessage message, boolean duplicate) {
        SignalRecorder.Recorded recorded = timed("parse", () -> tx.executeWrite(s -> recorder.record(message)));
        probe.reached(StepProbe.Step.PARSED, message.id());
        if (recorded instanceof SignalRecorder.Recorded.Unrouted u) {
            return new PipelineResult.Unrouted(u.inboxId(), u.reason(), duplicate);
        }
        List<StoredSignal> stored = ((SignalRecorder.Recorded.Stored) recorded).signals();
        for (StoredSignal signal : stored) {
            resumeSignal(signal.id());
        }
        return tx.executeRead(s -> {
            List<StoredSignal> now = new ArrayList<>();
            List<Decision> allDecisions = new ArrayList<>();
            List<Order> allOrders = new ArrayList<>();
            for (StoredSignal signal : stored) {
                now.add(signals.findById(signal.id()).orElseThrow());
                allDecisions.addAll(decisions.findBySignalIdOrderById(signal.id()));
                allOrders.addAll(orders.findBySignalIdOrderById(signal.id()));
            }
            return new PipelineResult.Processed(now, allDecisions, allOrders, duplicate);
        });
    }

    /** Fans a signal out to its followers (again, after a crash: what was decided is skipped). */
    public void resumeSignal(Long signalId) {
        timed("fan_out", () -> {
            fanOut.run(signalId);
            return null;
        });
    }

    private <T> T timed(String step, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            metrics.step(step, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
