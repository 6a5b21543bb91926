package io.tradewire.trading.setup;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.follow.FollowRepository;
import io.tradewire.trading.follow.RiskDefaults;
import io.tradewire.trading.follow.PlanSettings;
import io.tradewire.trading.follow.SubscriberDefaults;
import io.tradewire.trading.follow.SubscriberDefaultsRepository;
import io.tradewire.trading.provider.Provider;
import io.tradewire.nlp.ProviderVocabulary;
import io.tradewire.trading.provider.ProviderParsers;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.venue.paper.PaperConfig;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Registers providers, subscribers (each with a paper account at once) and follows. Every
 * change is audited with the actor who made it; bad input is refused before anything is written.
 */
@Singleton
public class Setup {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private final ProviderRepository providers;
    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final FollowRepository follows;
    private final AuditLog audit;
    private final PaperConfig paper;
    private final ProviderParsers parsers;
    private final SubscriberDefaultsRepository defaults;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    Setup(ProviderRepository providers, SubscriberRepository subscribers, VenueAccountRepository accounts,
          FollowRepository follows, AuditLog audit, PaperConfig paper, ProviderParsers parsers,
          SubscriberDefaultsRepository defaults, TransactionOperations<Connection> tx, Clock clock) {
        this.defaults = defaults;
        this.parsers = parsers;
        this.providers = providers;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.follows = follows;
        this.audit = audit;
        this.paper = paper;
        this.tx = tx;
        this.clock = clock;
    }

    public Provider addProvider(String actor, Source source, String channel, String name) {
        require("channel", channel);
        require("name", name);
        return tx.executeWrite(s -> {
            if (providers.findBySourceAndChannel(source, channel).isPresent()) {
                throw new InvalidInputException("channel", "a provider for " + source.wire() + " channel '" + channel
                        + "' already exists");
            }
            Provider p = providers.save(new Provider(null, source, channel, name, clock.instant()));
            audit.record(actor, "provider.add", "provider:" + p.id(), source.wire() + " " + channel);
            return p;
        });
    }

    /** A new subscriber with a paper account holding {@code startingBalance} (the configured default when null). */
    public Subscribed addSubscriber(String actor, String name, BigDecimal startingBalance) {
        return addSubscriber(actor, name, startingBalance, null);
    }

    /** As above, in a time zone (an IANA name such as Europe/Berlin; UTC when null) for daily rules. */
    public Subscribed addSubscriber(String actor, String name, BigDecimal startingBalance, String timeZone) {
        String zone = timeZone == null ? "UTC" : timeZone.trim();
        try {
            java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("time_zone", "time_zone must be a zone like Europe/Berlin or UTC, got '"
                    + timeZone + "'");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name",
                    "name must be 1 to 64 letters, digits or _ . @ -, got '" + name + "'");
        }
        BigDecimal balance = startingBalance == null ? paper.getStartingBalance() : startingBalance;
        if (balance.signum() < 0) {
            throw new InvalidInputException("starting_balance", "starting_balance must not be negative, got "
                    + balance.toPlainString());
        }
        return tx.executeWrite(s -> {
            if (subscribers.findByName(name).isPresent()) {
                throw new InvalidInputException("name", "a subscriber named '" + name + "' already exists");
            }
            Subscriber sub = subscribers.save(new Subscriber(null, name, zone, false, clock.instant()));
            VenueAccount account = accounts.save(new VenueAccount(null, sub.id(), VenueKind.PAPER, "paper",
                    paper.getCurrency(), balance, false, clock.instant(), balance));
            audit.record(actor, "subscriber.add", "subscriber:" + sub.id(), "paper balance " + balance.toPlainString());
            return new Subscribed(sub, account);
        });
    }

    /** Makes the subscriber's account (by label, default "paper") copy the provider. */
    public Follow follow(String actor, String subscriberName, Long providerId, String accountLabel,
                         CopySettings settings) {
        return tx.executeWrite(s -> {
            Subscriber sub = subscribers.findByName(subscriberName)
                    .orElseThrow(() -> new NotFoundException("no subscriber named '" + subscriberName + "'"));
            Provider provider = providers.findById(providerId)
                    .orElseThrow(() -> new NotFoundException("no provider with id " + providerId));
            String label = accountLabel == null ? "paper" : accountLabel;
            VenueAccount account = accounts.findBySubscriberIdAndLabel(sub.id(), label)
                    .orElseThrow(() -> new NotFoundException(subscriberName + " has no account labelled '" + label + "'"));
            if (follows.findByProviderIdAndAccountId(provider.id(), account.id()).isPresent()) {
                throw new InvalidInputException("provider_id", "account '" + label + "' already follows provider "
                        + provider.id());
            }
            Follow f = follows.save(Follow.of(sub.id(), provider.id(), account.id(), settings, clock.instant()));
            audit.record(actor, "follow.add", "subscriber:" + sub.id(), "provider " + provider.id() + " "
                    + (settings.sizingMode() == null ? "sizing from the subscriber's defaults"
                    : settings.sizingMode().wire() + " " + settings.sizingValue().toPlainString()));
            return f;
        });
    }

    /**
     * Replaces a subscriber's default plan settings (already validated); a follow's unset settings
     * take these, then the built-in defaults.
     */
    public PlanSettings setDefaults(String actor, String subscriberName, PlanSettings settings) {
        return setDefaults(actor, subscriberName, settings, RiskDefaults.NONE).settings();
    }

    /**
     * Replaces all of a subscriber's defaults: plan settings and sizing/risk settings (both
     * already validated). Returns them as stored.
     */
    public SubscriberDefaults setDefaults(String actor, String subscriberName, PlanSettings settings,
                                          RiskDefaults risk) {
        return tx.executeWrite(s -> {
            Subscriber sub = subscribers.findByName(subscriberName)
                    .orElseThrow(() -> new NotFoundException("no subscriber named '" + subscriberName + "'"));
            SubscriberDefaults row = SubscriberDefaults.of(sub.id(), settings, risk, clock.instant());
            if (defaults.existsById(sub.id())) {
                defaults.update(row);
            } else {
                defaults.save(row);
            }
            audit.record(actor, "subscriber.defaults", "subscriber:" + sub.id(), describe(settings)
                    + (risk.sizingMode() == null ? "" : " sizing=" + risk.sizingMode().wire() + " "
                    + risk.sizingValue().toPlainString()));
            return row;
        });
    }

    /** All of a subscriber's defaults (everything unset when none were given). */
    public SubscriberDefaults allDefaults(String subscriberName) {
        return tx.executeRead(s -> {
            Subscriber sub = subscribers.findByName(subscriberName)
                    .orElseThrow(() -> new NotFoundException("no subscriber named '" + subscriberName + "'"));
            return defaults.findById(sub.id())
                    .orElse(SubscriberDefaults.of(sub.id(), PlanSettings.NONE, RiskDefaults.NONE, clock.instant()));
        });
    }

    /** A subscriber's default plan settings (all unset when none were given). */
    public PlanSettings defaults(String subscriberName) {
        return tx.executeRead(s -> {
            Subscriber sub = subscribers.findByName(subscriberName)
                    .orElseThrow(() -> new NotFoundException("no subscriber named '" + subscriberName + "'"));
            return defaults.findById(sub.id()).map(SubscriberDefaults::settings).orElse(PlanSettings.NONE);
        });
    }

    private static String describe(PlanSettings p) {
        return "tp_split=" + p.tpSplit() + " entry_mode=" + p.entryMode() + " breakeven_after_tp="
                + p.breakevenAfterTp() + " trailing_stop=" + p.trailingStop() + " max_leverage=" + p.maxLeverage()
                + " fixed_leverage=" + p.fixedLeverage();
    }

    /** Replaces a provider's own aliases and ignore words; checked before anything is written. */
    public ProviderVocabulary setVocabulary(String actor, Long providerId, Map<String, String> aliases,
                                            Set<String> ignoreWords) {
        ProviderVocabulary vocabulary;
        try {
            vocabulary = new ProviderVocabulary(aliases, ignoreWords);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().startsWith("aliases") ? "aliases" : "ignore_words",
                    e.getMessage());
        }
        tx.executeWrite(s -> {
            providers.findById(providerId).orElseThrow(() -> new NotFoundException("no provider with id " + providerId));
            parsers.replace(providerId, vocabulary);
            audit.record(actor, "provider.vocabulary", "provider:" + providerId,
                    vocabulary.aliases().size() + " aliases, " + vocabulary.ignoreWords().size() + " ignore words");
            return null;
        });
        parsers.forget(providerId);
        return vocabulary;
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
    }

    public record Subscribed(Subscriber subscriber, VenueAccount account) {
    }
}
