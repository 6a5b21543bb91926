package io.tradewire.trading.plan;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.tradewire.trading.order.OrderExecutor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * Sends an order a plan made due (NEW) once the transaction that made it has committed, so the
 * executor's own transaction sees it; without a transaction, at once. Should the process stop
 * in between, recovery sends every NEW order anyway.
 */
@Singleton
class AfterCommit {
    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private final TransactionOperations<Connection> tx;
    private final BeanProvider<OrderExecutor> executor;

    AfterCommit(TransactionOperations<Connection> tx, BeanProvider<OrderExecutor> executor) {
        this.tx = tx;
        this.executor = executor;
    }

    void execute(Long orderId) {
        var status = tx.findTransactionStatus();
        if (status.isEmpty()) {
            run(orderId);
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                run(orderId);
            }
        });
    }

    private void run(Long orderId) {
        try {
            executor.get().execute(orderId);
        } catch (RuntimeException e) {
            // the order stays NEW; recovery sends it on its next pass
            LOG.error("order {} could not be sent after its plan armed it; recovery will retry", orderId, e);
        }
    }
}
