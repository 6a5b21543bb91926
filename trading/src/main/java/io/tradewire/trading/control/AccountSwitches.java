package io.tradewire.trading.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.audit.AuditLog;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * The per-account kill switch the engine throws after repeated venue errors: shows why an
 * account is disabled and lets an admin enable it again once the cause is fixed (audited).
 */
@Singleton
public class AccountSwitches {
    private final VenueAccountRepository accounts;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;

    AccountSwitches(VenueAccountRepository accounts, AuditLog audit, TransactionOperations<Connection> tx) {
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
    }

    public record AccountState(Long accountId, String label, boolean disabled, @Nullable String reason,
                               int consecutiveErrors) {
    }

    public AccountState state(Long accountId) {
        return tx.executeRead(s -> {
            VenueAccount a = find(accountId);
            return new AccountState(a.id(), a.label(), a.disabled(), accounts.disabledReason(a.id()).orElse(null),
                    accounts.consecutiveErrors(a.id()));
        });
    }

    public AccountState enable(String actor, Long accountId) {
        tx.executeWrite(s -> {
            find(accountId);
            if (accounts.enable(accountId) == 0) {
                throw new InvalidInputException("account_id", "account " + accountId + " is not disabled");
            }
            audit.record(actor, "account.enable", "account:" + accountId, "enabled again");
            return null;
        });
        return state(accountId);
    }

    private VenueAccount find(Long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("no venue account with id " + accountId));
    }
}
