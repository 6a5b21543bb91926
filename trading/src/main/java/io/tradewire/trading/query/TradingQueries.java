package io.tradewire.trading.query;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.decision.DecisionRepository;
import io.tradewire.trading.order.Fill;
import io.tradewire.trading.order.FillRepository;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Read side for every front end. A {@link Viewer} is either an admin (sees all) or one
 * subscriber (sees only their own decisions, orders and positions).
 */
@Singleton
public class TradingQueries {
    private final SignalRepository signals;
    private final DecisionRepository decisions;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final PositionRepository positions;
    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final TransactionOperations<Connection> tx;

    TradingQueries(SignalRepository signals, DecisionRepository decisions, OrderRepository orders,
                   FillRepository fills, PositionRepository positions, SubscriberRepository subscribers,
                   VenueAccountRepository accounts, TransactionOperations<Connection> tx) {
        this.signals = signals;
        this.decisions = decisions;
        this.orders = orders;
        this.fills = fills;
        this.positions = positions;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.tx = tx;
    }

    public Optional<StoredSignal> signal(Long id) {
        return tx.executeRead(s -> signals.findById(id));
    }

    public List<Decision> decisions(Viewer viewer, Long signalId) {
        return tx.executeRead(s -> switch (viewer) {
            case Viewer.Admin a -> decisions.findBySignalIdOrderById(signalId);
            case Viewer.User u -> subscriber(u).map(sub -> decisions.findBySignalIdAndSubscriberIdOrderById(signalId,
                    sub.id())).orElse(List.of());
        });
    }

    public List<Order> orders(Viewer viewer, int limit) {
        return tx.executeRead(s -> switch (viewer) {
            case Viewer.Admin a -> orders.findLatest(limit);
            case Viewer.User u -> subscriber(u).map(sub -> orders.findForSubscriber(sub.id(), limit)).orElse(List.of());
        });
    }

    public Optional<io.tradewire.trading.signal.SignalTiming> timing(Long signalId) {
        return tx.executeRead(s -> signals.timing(signalId));
    }

    public List<Order> ordersOfSignal(Long signalId) {
        return tx.executeRead(s -> orders.findBySignalIdOrderById(signalId));
    }

    public List<Fill> fills(Long orderId) {
        return tx.executeRead(s -> fills.findByOrderId(orderId));
    }

    public List<Position> positions(Viewer viewer) {
        return tx.executeRead(s -> switch (viewer) {
            case Viewer.Admin a -> positions.findAllOrderById();
            case Viewer.User u -> subscriber(u).map(sub -> positions.findForSubscriber(sub.id())).orElse(List.of());
        });
    }

    public List<VenueAccount> accounts(String subscriberName) {
        return tx.executeRead(s -> subscribers.findByName(subscriberName)
                .map(sub -> accounts.findBySubscriberIdOrderById(sub.id())).orElse(List.of()));
    }

    public String subscriberName(Long subscriberId) {
        return tx.executeRead(s -> subscribers.findById(subscriberId).map(Subscriber::name).orElse("#" + subscriberId));
    }

    private Optional<Subscriber> subscriber(Viewer.User user) {
        return subscribers.findByName(user.subscriberName());
    }
}
