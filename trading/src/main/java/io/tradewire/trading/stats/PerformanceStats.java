package io.tradewire.trading.stats;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.provider.Provider;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.stats.FollowerPerformance.FollowPerformance;
import io.tradewire.trading.stats.StatsRepository.FollowRow;
import io.tradewire.trading.stats.StatsRepository.StartingBalance;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Realised records per provider, per subscriber and per follow, computed on request from the
 * fills (no table of their own: they can never disagree with the fills). Who may see which is
 * the caller's business; this answers for whatever it is asked.
 */
@Singleton
public class PerformanceStats {
    private final StatsRepository rows;
    private final ProviderRepository providers;
    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    PerformanceStats(StatsRepository rows, ProviderRepository providers, SubscriberRepository subscribers,
                     VenueAccountRepository accounts, TransactionOperations<Connection> tx, Clock clock) {
        this.rows = rows;
        this.providers = providers;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /** The provider's record over every follower's trades of positions its signals opened. */
    public ProviderPerformance provider(Long providerId, StatsWindow window) {
        return tx.executeRead(s -> {
            Provider provider = providers.findById(providerId)
                    .orElseThrow(() -> new NotFoundException("id", "no provider with id " + providerId));
            List<FollowRow> follows = rows.followsOfProvider(providerId);
            List<Long> accountIds = follows.stream().map(FollowRow::accountId).distinct().toList();
            List<Trade> trades = trades(accountIds).stream().filter(t -> providerId.equals(t.providerId())).toList();
            long followers = follows.stream().map(FollowRow::subscriberId).distinct().count();
            return new ProviderPerformance(provider.id(), provider.name(), followers, window, clock.instant(),
                    measure(trades, sum(balances(accountIds).values()), window));
        });
    }

    /**
     * The subscriber a path names: by name first, then, when it is all digits, by id (a name may
     * be digits too, and the name is what a user's token carries).
     */
    public Optional<Subscriber> subscriber(String nameOrId) {
        return tx.executeRead(s -> subscribers.findByName(nameOrId).or(() -> nameOrId.matches("\\d{1,18}")
                ? subscribers.findById(Long.valueOf(nameOrId)) : Optional.empty()));
    }

    /** The subscriber's record over all their accounts, and each follow's own. */
    public FollowerPerformance follower(Subscriber subscriber, StatsWindow window) {
        return tx.executeRead(s -> {
            List<Long> accountIds = accounts.findBySubscriberIdOrderById(subscriber.id()).stream()
                    .map(VenueAccount::id).toList();
            List<Trade> trades = trades(accountIds);
            Map<Long, BigDecimal> balances = balances(accountIds);
            List<FollowPerformance> perFollow = rows.followsOfSubscriber(subscriber.id()).stream()
                    .map(f -> new FollowPerformance(f.followId(), f.providerId(), f.provider(), f.accountId(),
                            f.active(), measure(only(trades, t -> f.followId().equals(t.followId())),
                            balances.getOrDefault(f.accountId(), BigDecimal.ZERO), window)))
                    .toList();
            return new FollowerPerformance(subscriber.id(), subscriber.name(), window, clock.instant(),
                    measure(trades, sum(balances.values()), window), perFollow);
        });
    }

    /** Trades before the window move the starting equity; those inside it are the record. */
    private static Performance measure(List<Trade> trades, BigDecimal base, StatsWindow window) {
        BigDecimal before = trades.stream().filter(window::isBefore).map(Trade::netPnl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return PerformanceMath.of(only(trades, window::contains), base.add(before));
    }

    private List<Trade> trades(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : TradeLedger.trades(rows.fillsOfAccounts(accountIds));
    }

    private Map<Long, BigDecimal> balances(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : rows.startingBalances(accountIds).stream()
                .collect(Collectors.toMap(StartingBalance::accountId, StartingBalance::startingBalance));
    }

    private static List<Trade> only(List<Trade> trades, Predicate<Trade> which) {
        return trades.stream().filter(which).toList();
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
