package io.tradewire.trading.control;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.audit.AuditLog;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;

/** The admins' global kill switch: while engaged, no follower takes a new entry; exits still run. */
@Singleton
public class KillSwitches {
    private static final Logger LOG = LoggerFactory.getLogger(KillSwitches.class);

    private final KillSwitchRepository repository;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    KillSwitches(KillSwitchRepository repository, AuditLog audit, TransactionOperations<Connection> tx, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public KillSwitch setGlobal(String actor, boolean engaged, String reason) {
        if (engaged && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "a reason is required to engage the kill switch");
        }
        return tx.executeWrite(s -> {
            repository.set(KillSwitch.GLOBAL, engaged, engaged ? reason : null, actor, clock.instant());
            audit.record(actor, engaged ? "kill_switch.engage" : "kill_switch.release", "global", reason);
            LOG.warn("global kill switch {} by {}{}", engaged ? "ENGAGED" : "released", actor,
                    engaged ? ": " + reason : "");
            return repository.findById(KillSwitch.GLOBAL).orElseThrow();
        });
    }

    /** The global switch when engaged. */
    public Optional<KillSwitch> globalEngaged() {
        return repository.findById(KillSwitch.GLOBAL).filter(KillSwitch::engaged);
    }
}
