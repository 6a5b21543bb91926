package io.tradewire.trading.execution;

import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.order.OrderRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Counts venue errors in a row per account and disables an account after N of them, so a
 * revoked key or a broken terminal stops taking jobs instead of failing every signal. The
 * account's queued jobs fail with the reason; its owner sees it, an admin can enable it again.
 * Rate limits do not count: the venue is healthy, it only asked us to wait.
 */
@Singleton
class AccountHealth {
    private static final Logger LOG = LoggerFactory.getLogger(AccountHealth.class);

    private final VenueAccountRepository accounts;
    private final OrderRepository orders;
    private final AuditLog audit;
    private final ExecutionConfig config;
    private final Clock clock;

    AccountHealth(VenueAccountRepository accounts, OrderRepository orders, AuditLog audit, ExecutionConfig config,
                  Clock clock) {
        this.accounts = accounts;
        this.orders = orders;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    void succeeded(Long accountId) {
        accounts.clearErrors(accountId);
    }

    /** Counts an error; true when this one disabled the account. Runs in the caller's transaction. */
    boolean failed(Long accountId, String reason) {
        accounts.countError(accountId);
        int limit = config.getDisableAccountAfter();
        int errors = accounts.consecutiveErrors(accountId);
        if (limit <= 0 || errors < limit) {
            return false;
        }
        String why = "disabled after " + errors + " consecutive venue errors; the last: " + reason;
        if (accounts.disable(accountId, why) == 0) {
            return false;
        }
        int failed = orders.failAllNew(accountId, "account disabled: " + why, clock.instant());
        audit.record("engine", "account.auto_disable", "account:" + accountId, why);
        LOG.warn("account disabled account={} queued_jobs_failed={} reason={}", accountId, failed, why);
        return true;
    }
}
