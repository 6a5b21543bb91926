package io.tradewire.trading.venue.mt5.link;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

/** Records account events in their own transaction, and lists them newest first. */
@Singleton
public class AccountEvents {
    private static final Logger LOG = LoggerFactory.getLogger(AccountEvents.class);

    private final AccountEventRepository events;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    AccountEvents(AccountEventRepository events, TransactionOperations<Connection> tx, Clock clock) {
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public void record(long accountId, String kind, String detail) {
        tx.executeWrite(s -> events.save(new AccountEvent(null, accountId, kind, detail, clock.instant())));
        LOG.info("account event account={} kind={} detail={}", accountId, kind, detail);
    }

    public List<AccountEvent> recent(long accountId, int limit) {
        return tx.executeRead(s -> events.findByAccountIdOrderByIdDesc(accountId).stream().limit(limit).toList());
    }
}
