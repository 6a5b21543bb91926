package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.intake.ChannelDirectory;
import io.tradewire.bot.intake.ChatChannel;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.provider.Provider;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.stats.Performance;
import io.tradewire.trading.stats.PerformanceStats;
import io.tradewire.trading.stats.ProviderPerformance;
import io.tradewire.trading.stats.StatsWindow;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /providers, /follow, /unfollow and /following. */
@Singleton
public class ProviderCommands {
    /** /providers shows at most this many, the most followed first. */
    static final int MAX_LISTED = 25;

    private final Identities identities;
    private final ChannelDirectory channels;
    private final ProviderRepository providers;
    private final VenueAccountRepository accounts;
    private final FollowStore follows;
    private final Setup setup;
    private final ChatDefaults chatDefaults;
    private final PerformanceStats stats;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    ProviderCommands(Identities identities, ChannelDirectory channels, ProviderRepository providers,
                     VenueAccountRepository accounts, FollowStore follows, Setup setup, ChatDefaults chatDefaults,
                     PerformanceStats stats, AuditLog audit, TransactionOperations<Connection> tx, Clock clock) {
        this.identities = identities;
        this.channels = channels;
        this.providers = providers;
        this.accounts = accounts;
        this.follows = follows;
        this.setup = setup;
        this.chatDefaults = chatDefaults;
        this.stats = stats;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Every known provider with its realised record over all followers' trades. */
    public List<Views.ProviderLine> providers() {
        List<Provider> all = new ArrayList<>();
        tx.executeRead(s -> {
            providers.findAll().forEach(all::add);
            return null;
        });
        return all.stream().map(p -> {
            ProviderPerformance record = stats.provider(p.id(), StatsWindow.ALL);
            Performance perf = record.performance();
            return new Views.ProviderLine(p.id(), handle(p), p.name(), record.followers(), perf.trades(),
                    perf.winRate(), perf.netPnl(), perf.maxDrawdownPct());
        }).sorted((a, b) -> Long.compare(b.followers(), a.followers())).limit(MAX_LISTED).toList();
    }

    /**
     * Copies a provider onto one of the user's accounts ("paper" unless named), with the settings
     * /risk set for new follows. {@code provider} is a channel's {@code @username} or a provider id.
     */
    public Views.FollowLine follow(ChatUser user, String provider, @Nullable String accountLabel) {
        Subscriber sub = identities.require(user);
        Provider p = resolve(user, provider);
        String label = accountLabel == null ? "paper" : Args.label(accountLabel);
        CopySettings settings = chatDefaults.current(sub);
        Follow f = Guard.run(() -> tx.executeWrite(s -> {
            VenueAccount account = accounts.findBySubscriberIdAndLabel(sub.id(), label).orElseThrow(() ->
                    new CommandException("account", "you have no account labelled '" + label + "'; /accounts lists"
                            + " yours"));
            Optional<Follow> earlier = follows.ofSubscriber(sub.id()).stream()
                    .filter(x -> x.providerId().equals(p.id()) && x.accountId().equals(account.id())).findFirst();
            if (earlier.isPresent() && earlier.get().active()) {
                throw new CommandException("provider", "you already follow " + handle(p) + " on '" + label + "'");
            }
            if (earlier.isPresent()) {
                // followed before and stopped: the same row copies again, with today's settings
                follows.write(earlier.get().id(), Follow.of(sub.id(), p.id(), account.id(), settings, clock.instant()));
                follows.setActive(earlier.get().id(), true);
                audit.record(user.actor(), "follow.resume", "subscriber:" + sub.id(), "provider " + p.id());
                return earlier.get();
            }
            return setup.follow(user.actor(), sub.name(), p.id(), label, settings);
        }));
        return line(f.id(), p, label, true, settings);
    }

    /** Stops copying a provider on every account of the user (or the named one); open trades stay. */
    public List<Views.FollowLine> unfollow(ChatUser user, String provider, @Nullable String accountLabel) {
        Subscriber sub = identities.require(user);
        Provider p = resolve(user, provider);
        return tx.executeWrite(s -> {
            Map<Long, String> labels = labels(sub);
            List<Follow> stopped = follows.ofSubscriber(sub.id()).stream()
                    .filter(f -> f.providerId().equals(p.id()) && f.active())
                    .filter(f -> accountLabel == null || accountLabel.equalsIgnoreCase(labels.get(f.accountId())))
                    .toList();
            if (stopped.isEmpty()) {
                throw new CommandException("provider", "you do not follow " + handle(p)
                        + (accountLabel == null ? "" : " on '" + accountLabel + "'"));
            }
            for (Follow f : stopped) {
                follows.setActive(f.id(), false);
                audit.record(user.actor(), "follow.stop", "subscriber:" + sub.id(), "provider " + p.id());
            }
            return stopped.stream().map(f -> line(f.id(), p, labels.get(f.accountId()), false, f.settings())).toList();
        });
    }

    /** The user's active follows with their settings. */
    public List<Views.FollowLine> following(ChatUser user) {
        return followLines(identities.require(user), true);
    }

    List<Views.FollowLine> followLines(Subscriber sub, boolean activeOnly) {
        return tx.executeRead(s -> {
            Map<Long, String> labels = labels(sub);
            List<Views.FollowLine> out = new ArrayList<>();
            for (Follow f : follows.ofSubscriber(sub.id())) {
                if (f.active() || !activeOnly) {
                    Provider p = providers.findById(f.providerId()).orElseThrow();
                    out.add(line(f.id(), p, labels.get(f.accountId()), f.active(), f.settings()));
                }
            }
            return out;
        });
    }

    /** A provider by a seen channel's @username or #name (or chat id), or by its provider id. */
    Provider resolve(ChatUser user, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new CommandException("provider", "name the channel, like @signals_channel; /providers lists them");
        }
        String r = ref.trim();
        // on Discord "#name" names a channel, even one named with digits only; the id reading is the fallback
        if (user.platform() == Platform.DISCORD && r.startsWith("#")) {
            Optional<Provider> named = channels.find(user.platform(), r)
                    .flatMap(c -> tx.executeRead(s -> providers.findById(c.providerId())));
            if (named.isPresent()) {
                return named.get();
            }
        }
        if (r.matches("#?\\d{1,18}")) {
            long id = Args.id("provider", r);
            return tx.executeRead(s -> providers.findById(id)).orElseThrow(() ->
                    new CommandException("provider", "no provider with id " + id + "; /providers lists them"));
        }
        Optional<ChatChannel> seen = channels.find(user.platform(), r);
        return seen.flatMap(c -> tx.executeRead(s -> providers.findById(c.providerId()))).orElseThrow(() ->
                new CommandException("provider", "no channel " + user.platform().handle(Platform.bare(r))
                        + " is known: " + (user.platform() == Platform.DISCORD
                        ? "a server admin runs /watch in it to make it a signal channel"
                        : "make me an admin of the channel; it is known once I have seen a post there")));
    }

    private Map<Long, String> labels(Subscriber sub) {
        Map<Long, String> out = new java.util.HashMap<>();
        accounts.findBySubscriberIdOrderById(sub.id()).forEach(a -> out.put(a.id(), a.label()));
        return out;
    }

    String handle(Provider p) {
        return channels.ofProvider(p.id()).map(ChatChannel::handle).orElse(p.name());
    }

    private Views.FollowLine line(Long followId, Provider p, String account, boolean active, CopySettings settings) {
        return new Views.FollowLine(followId, p.id(), handle(p), account, active, RiskSettings.describe(settings));
    }
}
