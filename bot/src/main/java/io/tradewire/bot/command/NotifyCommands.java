package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.notify.NotifyKind;
import io.tradewire.bot.notify.NotifyMode;
import io.tradewire.bot.notify.Preferences;
import io.tradewire.trading.account.Subscriber;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Map;

/** /notify: each kind of notice on, silent or off. */
@Singleton
public class NotifyCommands {
    private final Identities identities;
    private final Preferences preferences;
    private final TransactionOperations<Connection> tx;

    NotifyCommands(Identities identities, Preferences preferences, TransactionOperations<Connection> tx) {
        this.identities = identities;
        this.preferences = preferences;
        this.tx = tx;
    }

    public Map<NotifyKind, NotifyMode> show(ChatUser user) {
        Subscriber sub = identities.require(user);
        return tx.executeRead(s -> preferences.of(sub.id()));
    }

    /** Sets one kind, or every kind when {@code kind} is null. */
    public Map<NotifyKind, NotifyMode> set(ChatUser user, @Nullable NotifyKind kind, NotifyMode mode) {
        Subscriber sub = identities.require(user);
        return tx.executeWrite(s -> {
            for (NotifyKind k : kind == null ? NotifyKind.values() : new NotifyKind[] {kind}) {
                preferences.set(sub.id(), k, mode);
            }
            return preferences.of(sub.id());
        });
    }
}
