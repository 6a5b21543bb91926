package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.provider.Provider;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * /risk: shows the settings and sets them from {@code key=value} words (see {@link RiskSettings}
 * for the keys). Without a channel the change applies to every follow and to the follows made
 * later; with one, to that channel's follows only. Every follow's new settings are checked
 * before any is written, so a bad value changes nothing.
 */
@Singleton
public class RiskCommands {
    private final Identities identities;
    private final ProviderCommands providerCommands;
    private final FollowStore follows;
    private final ChatDefaults chatDefaults;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    RiskCommands(Identities identities, ProviderCommands providerCommands, FollowStore follows, ChatDefaults chatDefaults,
                 AuditLog audit,
                 TransactionOperations<Connection> tx, Clock clock) {
        this.identities = identities;
        this.providerCommands = providerCommands;
        this.follows = follows;
        this.chatDefaults = chatDefaults;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Views.RiskView show(ChatUser user) {
        Subscriber sub = identities.require(user);
        return view(sub, List.of());
    }

    /** Applies the pairs ({@link RiskSettings#pairs} reads them from words). */
    public Views.RiskView set(ChatUser user, @Nullable String provider, Map<RiskSettings.Key, String> changes) {
        Subscriber sub = identities.require(user);
        if (changes.isEmpty()) {
            throw new CommandException("risk", "nothing to set: give key=value pairs, e.g. /risk risk_pct=1 max_open=3");
        }
        Provider only = provider == null ? null : providerCommands.resolve(user, provider);
        // checked first, written after: a value one follow cannot take changes none
        CopySettings defaults = RiskSettings.apply(chatDefaults.current(sub), changes);
        List<Follow> targets = tx.executeRead(s -> follows.ofSubscriber(sub.id())).stream()
                .filter(Follow::active).filter(f -> only == null || f.providerId().equals(only.id())).toList();
        if (only != null && targets.isEmpty()) {
            throw new CommandException("provider", "you do not follow " + providerCommands.handle(only));
        }
        List<Follow> updated = new ArrayList<>();
        for (Follow f : targets) {
            CopySettings next = RiskSettings.apply(f.settings(), changes);
            updated.add(Follow.of(f.subscriberId(), f.providerId(), f.accountId(), next, f.createdAt()));
        }
        String words = RiskSettings.store(changes);
        tx.executeWrite(s -> {
            for (int i = 0; i < targets.size(); i++) {
                follows.write(targets.get(i).id(), updated.get(i));
            }
            if (only == null) {
                chatDefaults.save(user.actor(), sub, defaults);
            }
            audit.record(user.actor(), "risk.set", "subscriber:" + sub.id(), (only == null ? "all follows" :
                    "provider " + only.id()) + ": " + words);
            return null;
        });
        return view(sub, changes.keySet().stream().map(RiskSettings.Key::wire).toList());
    }

    private Views.RiskView view(Subscriber sub, List<String> changed) {
        return new Views.RiskView(RiskSettings.describe(chatDefaults.current(sub)), providerCommands.followLines(sub, true), changed);
    }
}
