package io.tradewire.trading.venue.sim;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

/**
 * The book in its own table, committed in its own transaction before the venue answers: it
 * outlives a killed engine, as an exchange would, so a crash test can count what arrived.
 */
class DatabaseBook implements SimBook {
    private static final TransactionDefinition OWN = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final SimOrderRepository rows;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    DatabaseBook(SimOrderRepository rows, TransactionOperations<Connection> tx, Clock clock) {
        this.rows = rows;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void add(SimOrder o) {
        tx.execute(OWN, s -> rows.save(new SimOrderRow(null, o.accountId(), o.clientOrderId(), o.symbol(), o.side(),
                o.quantity(), o.price(), clock.instant())));
    }

    @Override
    public List<SimOrder> find(String clientOrderId) {
        return tx.execute(OWN, s -> rows.findByClientOrderIdOrderById(clientOrderId).stream().map(DatabaseBook::of)
                .toList());
    }

    @Override
    public List<SimOrder> forAccount(Long accountId) {
        return tx.execute(OWN, s -> rows.findByAccountIdOrderById(accountId).stream().map(DatabaseBook::of).toList());
    }

    @Override
    public long size() {
        return tx.execute(OWN, s -> rows.count());
    }

    @Override
    public long duplicates() {
        return tx.execute(OWN, s -> rows.duplicates());
    }

    private static SimOrder of(SimOrderRow r) {
        return new SimOrder(r.accountId(), r.clientOrderId(), r.symbol(), r.side(), r.quantity(), r.price());
    }
}
