package io.tradewire.trading.pipeline;

import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.decision.DecisionRepository;
import io.tradewire.trading.decision.OpenDecider;
import io.tradewire.trading.decision.UpdateDecider;
import io.tradewire.trading.decision.Verdict;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.follow.FollowRepository;
import io.tradewire.trading.follow.RiskDefaults;
import io.tradewire.trading.follow.SubscriberDefaultsRepository;
import io.tradewire.trading.inbox.InboxMessage;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.metrics.TradingMetrics;
import io.tradewire.trading.order.ClientOrderIds;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.order.OrderOrigin;
import io.tradewire.trading.order.OrderStatus;
import io.tradewire.trading.plan.Plans;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.nlp.OrderType;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;

/**
 * Step three: one decision per active follow of the signal's provider; an open signal's
 * ordering decision stores its order plan (entry legs as execution jobs, exits waiting for an
 * entry to fill), a follow-up's acts on the plan its signal made. {@link FanOut} runs the
 * follows in batches, each committed with its plans and jobs; a decision is unique per (signal,
 * follow), so a batch redone after a crash skips the follows already decided and never orders
 * twice.
 */
@Singleton
class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final FollowRepository follows;
    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final DecisionRepository decisions;
    private final OrderRepository orders;
    private final SignalRepository signals;
    private final OpenDecider openDecider;
    private final UpdateDecider updateDecider;
    private final Plans plans;
    private final TradingMetrics metrics;
    private final InboxRepository inbox;
    private final Clock clock;
    private final SubscriberDefaultsRepository defaults;

    Router(InboxRepository inbox, FollowRepository follows, SubscriberRepository subscribers, VenueAccountRepository accounts,
           DecisionRepository decisions, OrderRepository orders, SignalRepository signals, OpenDecider openDecider,
           UpdateDecider updateDecider, Plans plans, TradingMetrics metrics, Clock clock,
           SubscriberDefaultsRepository defaults) {
        this.defaults = defaults;
        this.inbox = inbox;
        this.follows = follows;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.decisions = decisions;
        this.orders = orders;
        this.signals = signals;
        this.openDecider = openDecider;
        this.updateDecider = updateDecider;
        this.plans = plans;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Decides for these follows of the signal, skipping any already decided (a crash or another
     * instance got there first); runs in the caller's transaction. Returns the ids of the jobs
     * due now (a plan's entry legs; its exits wait for an entry to fill).
     */
    List<Long> decideBatch(Long signalId, List<Long> followIds) {
        StoredSignal signal = signals.findById(signalId).orElseThrow();
        Set<Long> decided = new HashSet<>(decisions.findFollowIds(signalId));
        List<Follow> pending = follows.findByIdInOrderById(followIds).stream()
                .filter(f -> !decided.contains(f.id())).toList();
        if (pending.isEmpty()) {
            return List.of();
        }
        // one query each for the batch's subscribers and accounts, not two per follower
        Map<Long, Subscriber> people = byId(subscribers.findByIdIn(pending.stream().map(Follow::subscriberId)
                .distinct().toList()), Subscriber::id);
        Map<Long, VenueAccount> wallets = byId(accounts.findByIdIn(pending.stream().map(Follow::accountId)
                .distinct().toList()), VenueAccount::id);
        Map<Long, RiskDefaults> risk = new java.util.HashMap<>();
        defaults.findBySubscriberIdIn(List.copyOf(people.keySet())).forEach(d -> risk.put(d.subscriberId(), d.risk()));
        Instant postedAt = postedAt(signal);
        List<Long> made = new ArrayList<>();
        for (Follow follow : pending) {
            Follow effective = follow.over(risk.getOrDefault(follow.subscriberId(), RiskDefaults.NONE));
            made.add(decide(signal, effective, people.get(follow.subscriberId()), wallets.get(follow.accountId()),
                    postedAt));
        }
        return made.isEmpty() ? List.of() : orders.findNewIdsOfDecisions(made);
    }

    /** The follows a signal goes to: none for chatter. */
    List<Long> audience(StoredSignal signal) {
        return signal.kind() == SignalKind.NONE ? List.of() : follows.findActiveIds(signal.providerId());
    }

    void markRouted(Long signalId) {
        signals.markRouted(signalId, clock.instant());
    }

    private java.time.Instant postedAt(StoredSignal signal) {
        return inbox.findById(signal.inboxMessageId()).map(InboxMessage::postedOrReceived).orElse(signal.createdAt());
    }

    private static <T> Map<Long, T> byId(List<T> rows, java.util.function.Function<T, Long> id) {
        Map<Long, T> out = new java.util.HashMap<>();
        rows.forEach(r -> out.put(id.apply(r), r));
        return out;
    }

    /** Returns the decision's id. */
    private Long decide(StoredSignal signal, Follow follow, Subscriber subscriber, VenueAccount account,
                        Instant postedAt) {
        Verdict verdict = signal.kind() == SignalKind.OPEN
                ? openDecider.decide(signal, follow, subscriber, account, postedAt)
                : updateDecider.decide(signal, account);
        // changes without an order happen first, so the decision stores what they did
        String reason = switch (verdict) {
            case Verdict.MovePlanStop m -> plans.moveStop(m.planId(), signal.id(), m.stop(), m.reason());
            case Verdict.CancelPlanEntries c -> plans.cancelPendingEntries(c.planId(), signal.id(), c.reason());
            default -> verdict.reason();
        };
        Instant now = clock.instant();
        Decision decision = decisions.save(new Decision(null, signal.id(), follow.id(), subscriber.id(), account.id(),
                verdict.outcome(), verdict instanceof Verdict.Refused r ? r.rule() : null, reason, now));
        Long orderId = null;
        switch (verdict) {
            case Verdict.PlacePlan p -> plans.store(p.plan(), decision.id(), signal, follow, account);
            case Verdict.PlaceOrder p -> orderId = order(p, decision, signal, follow, account, now);
            case Verdict.ClosePlan c -> {
                if (c.order() == null) {
                    plans.finish(c.planId(), signal.id(), c.reason());
                } else {
                    if (c.whole()) {
                        plans.cancelPendingEntries(c.planId(), signal.id(), "closed by the provider (signal "
                                + signal.id() + ")");
                    }
                    orderId = order(c.order(), decision, signal, follow, account, now);
                }
            }
            default -> { }
        }
        metrics.decided(verdict.outcome().name().toLowerCase());
        LOG.info("decision signal={} follower={} account={} outcome={} order={} reason={}", signal.id(),
                subscriber.name(), account.id(), verdict.outcome().name().toLowerCase(), orderId, reason);
        return decision.id();
    }

    private Long order(Verdict.PlaceOrder p, Decision decision, StoredSignal signal, Follow follow,
                       VenueAccount account, Instant now) {
        String leg = p.leg() == null ? "0" : p.leg();
        return orders.save(new Order(null, decision.id(), signal.id(), account.id(),
                ClientOrderIds.of(signal.id(), follow.id(), leg), account.venue().name(), p.symbol(), p.side(),
                OrderType.MARKET, p.intent(), p.quantity(), null, p.referencePrice(), OrderStatus.NEW, null, null, 0,
                now, now, OrderOrigin.SIGNAL, p.planId(), p.leg(), null, false)).id();
    }
}
