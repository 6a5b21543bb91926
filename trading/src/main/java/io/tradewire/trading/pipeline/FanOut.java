package io.tradewire.trading.pipeline;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.execution.ExecutionConfig;
import io.tradewire.trading.execution.Tasks;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderExecutor;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.order.OrderStatus;
import io.tradewire.trading.probe.StepProbe;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Takes one signal to all its followers: the follows are decided in batches, several at once,
 * and each batch's jobs are sent the moment the batch commits, so the first follower's order
 * does not wait for the last follower's decision. When every batch is decided the signal is
 * marked routed; a crash before that re-runs the fan-out, which skips what was decided.
 */
@Singleton
class FanOut {
    private final Router router;
    private final SignalRepository signals;
    private final OrderRepository orders;
    private final OrderExecutor executor;
    private final TransactionOperations<Connection> tx;
    private final StepProbe probe;
    private final int batchSize;
    private final Semaphore deciding;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("fan-out-", 0).factory());

    FanOut(Router router, SignalRepository signals, OrderRepository orders, OrderExecutor executor,
           TransactionOperations<Connection> tx, StepProbe probe, ExecutionConfig config) {
        if (config.getRouteBatch() < 1 || config.getRouteParallelism() < 1) {
            throw new IllegalArgumentException("tradewire.execution.route-batch and route-parallelism must be at least 1");
        }
        this.router = router;
        this.signals = signals;
        this.orders = orders;
        this.executor = executor;
        this.tx = tx;
        this.probe = probe;
        this.batchSize = config.getRouteBatch();
        this.deciding = new Semaphore(config.getRouteParallelism());
    }

    void run(Long signalId) {
        StoredSignal signal = tx.executeRead(s -> signals.findById(signalId).orElseThrow());
        if (!signal.routed()) {
            route(signalId, tx.executeRead(s -> router.audience(signal)));
        }
        // jobs decided before a crash, or left waiting: anything still due goes now
        executor.executeAll(tx.executeRead(s -> orders.findBySignalIdOrderById(signalId)).stream()
                .filter(o -> o.status() == OrderStatus.NEW).map(Order::id).toList());
    }

    private void route(Long signalId, List<Long> audience) {
        int batches = (audience.size() + batchSize - 1) / batchSize;
        CountDownLatch decided = new CountDownLatch(batches);
        Queue<Throwable> decideFailures = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>(batches);
        for (int from = 0; from < audience.size(); from += batchSize) {
            List<Long> batch = audience.subList(from, Math.min(audience.size(), from + batchSize));
            running.add(workers.submit(() -> {
                List<Long> jobs;
                try {
                    jobs = decide(signalId, batch);
                } catch (RuntimeException | Error e) {
                    decideFailures.add(e);
                    throw e;
                } finally {
                    decided.countDown();
                }
                probe.reached(StepProbe.Step.DECIDED, signalId);
                executor.executeAll(jobs);
                return null;
            }));
        }
        try {
            decided.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding signal " + signalId, e);
        }
        if (decideFailures.isEmpty()) {
            tx.executeWrite(s -> {
                router.markRouted(signalId);
                return null;
            });
            probe.reached(StepProbe.Step.ROUTED, signalId);
        }
        Tasks.awaitAll(running);
    }

    private List<Long> decide(Long signalId, List<Long> batch) throws InterruptedException {
        deciding.acquire();
        try {
            return tx.executeWrite(s -> router.decideBatch(signalId, batch));
        } finally {
            deciding.release();
        }
    }

    @PreDestroy
    void close() {
        workers.shutdown();
    }
}
