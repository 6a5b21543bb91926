package io.tradewire.bot.command;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.setup.Setup;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Binds chat users to subscribers. A user becomes a subscriber named after their platform id
 * ({@code tg_123}) the first time they send /start, with a paper account at once; every other
 * command needs that first.
 */
@Singleton
public class Identities {
    private final ChatIdentityRepository identities;
    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final Setup setup;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    Identities(ChatIdentityRepository identities, SubscriberRepository subscribers, VenueAccountRepository accounts,
               Setup setup, TransactionOperations<Connection> tx, Clock clock) {
        this.identities = identities;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.setup = setup;
        this.tx = tx;
        this.clock = clock;
    }

    /** A registration: the subscriber, their accounts, and whether this call created them. */
    public record Registration(Subscriber subscriber, List<VenueAccount> accounts, boolean created) {
    }

    /** Registers the user (idempotent: a second /start finds the first registration). */
    public Registration register(ChatUser user, String dmChatId) {
        return tx.executeWrite(s -> {
            Optional<ChatIdentity> known = identities.findByPlatformAndUserId(user.platform(), user.userId());
            if (known.isPresent()) {
                Subscriber sub = subscribers.findById(known.get().subscriberId()).orElseThrow();
                return new Registration(sub, accounts.findBySubscriberIdOrderById(sub.id()), false);
            }
            String name = subscriberName(user);
            // a subscriber an admin set up by this name beforehand is this user's
            Subscriber sub = subscribers.findByName(name)
                    .orElseGet(() -> setup.addSubscriber(user.actor(), name, null).subscriber());
            identities.save(new ChatIdentity(null, user.platform(), user.userId(), sub.id(), dmChatId,
                    clock.instant()));
            return new Registration(sub, accounts.findBySubscriberIdOrderById(sub.id()), true);
        });
    }

    /** The user's subscriber, or a message telling them to /start first. */
    public Subscriber require(ChatUser user) {
        return find(user).orElseThrow(() -> new CommandException("user",
                "you are not registered yet: send /start first"));
    }

    public Optional<Subscriber> find(ChatUser user) {
        return tx.executeRead(s -> identities.findByPlatformAndUserId(user.platform(), user.userId())
                .flatMap(i -> subscribers.findById(i.subscriberId())));
    }

    /** Where a subscriber's direct messages go on each platform they registered from. */
    public List<ChatIdentity> chatsOf(Long subscriberId) {
        return tx.executeRead(s -> identities.findBySubscriberId(subscriberId));
    }

    static String subscriberName(ChatUser user) {
        String prefix = switch (user.platform()) {
            case TELEGRAM -> "tg_";
            case DISCORD -> "dc_";
        };
        return prefix + user.userId().toLowerCase(Locale.ROOT);
    }
}
