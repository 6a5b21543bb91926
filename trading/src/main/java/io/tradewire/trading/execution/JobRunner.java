package io.tradewire.trading.execution;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.probe.StepProbe;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The worker pool. Leases every due job among the ids in one short transaction (SKIP LOCKED, so
 * other workers and instances take the rest), then runs each on its own virtual thread: all of a
 * signal's followers are sent at once, and the slowest venue only holds up its own job.
 */
@Singleton
public class JobRunner {
    private final OrderRepository orders;
    private final TransactionOperations<Connection> tx;
    private final JobAttempt attempt;
    private final ExecutionConfig config;
    private final StepProbe probe;
    private final Clock clock;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("job-", 0).factory());

    JobRunner(OrderRepository orders, TransactionOperations<Connection> tx, JobAttempt attempt, ExecutionConfig config,
              StepProbe probe, Clock clock) {
        this.orders = orders;
        this.tx = tx;
        this.attempt = attempt;
        this.config = config;
        this.probe = probe;
        this.clock = clock;
    }

    /**
     * Runs the due jobs among {@code ids} and waits for them; returns how many this call took.
     * Jobs that are not due, final, or held by another worker are left alone.
     */
    public int runAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Order> leased = lease(ids);
        for (Order o : leased) {
            probe.reached(StepProbe.Step.CLAIMED, o.id());
        }
        if (leased.size() == 1) {
            attempt.run(leased.get(0));
            return 1;
        }
        List<Future<?>> running = new ArrayList<>(leased.size());
        for (Order o : leased) {
            running.add(workers.submit(() -> attempt.run(o)));
        }
        Tasks.awaitAll(running);
        return leased.size();
    }

    /** Runs whatever is due now, oldest first; used by the poller and recovery. */
    public int runDue(int limit) {
        return runAll(tx.executeRead(s -> orders.findDueIds(clock.instant(), limit)));
    }

    private List<Order> lease(List<Long> ids) {
        return tx.executeWrite(s -> {
            Instant now = clock.instant();
            List<Order> due = orders.lockDue(ids, now);
            if (!due.isEmpty()) {
                orders.lease(due.stream().map(Order::id).toList(), now.plus(config.getLease()), now);
            }
            return due;
        });
    }

    @PreDestroy
    void close() {
        workers.shutdown();
    }
}
