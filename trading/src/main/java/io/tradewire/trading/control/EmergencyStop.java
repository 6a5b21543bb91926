package io.tradewire.trading.control;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.NotFoundException;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.order.ClientOrderIds;
import io.tradewire.trading.order.FillRepository;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderExecutor;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.order.OrderOrigin;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.order.OrderStatus;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.price.PriceBook;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import io.tradewire.trading.plan.Plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscriber's panic button: stop copying, cancel every pending order and close every open
 * position on all their accounts, then report what closed and what did not. The close orders
 * are execution jobs like any other, so a crash half-way is finished by recovery; a position
 * is never closed twice (its close order's id is derived from the position's state).
 */
@Singleton
public class EmergencyStop {
    private static final Logger LOG = LoggerFactory.getLogger(EmergencyStop.class);

    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final PositionRepository positions;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final OrderExecutor executor;
    private final PriceBook prices;
    private final AuditLog audit;
    private final Plans plans;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    EmergencyStop(SubscriberRepository subscribers, VenueAccountRepository accounts, PositionRepository positions,
                  OrderRepository orders, FillRepository fills, OrderExecutor executor, PriceBook prices,
                  AuditLog audit, Plans plans, TransactionOperations<Connection> tx, Clock clock) {
        this.plans = plans;
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.positions = positions;
        this.orders = orders;
        this.fills = fills;
        this.executor = executor;
        this.prices = prices;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Report stop(String actor, String subscriberName) {
        Planned planned = tx.executeWrite(s -> plan(actor, subscriberName));
        List<Closed> closed = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (Order o : planned.closes()) {
            executor.execute(o.id());
            Order done = tx.executeRead(s -> orders.findById(o.id()).orElseThrow());
            if (done.status() == OrderStatus.FILLED) {
                BigDecimal price = tx.executeRead(s -> fills.findByOrderId(o.id())).get(0).price();
                closed.add(new Closed(done.accountId(), done.symbol(), done.side(), done.quantity(), price));
            } else {
                failed.add(new Failed(done.accountId(), done.symbol(), done.status().name().toLowerCase() + ": "
                        + done.statusReason()));
            }
        }
        LOG.warn("emergency stop subscriber={} by={} closed={} failed={} cancelled={}", subscriberName, actor,
                closed.size(), failed.size(), planned.cancelled());
        return new Report(subscriberName, closed, failed, planned.cancelled());
    }

    private Planned plan(String actor, String name) {
        Subscriber sub = subscribers.findByName(name)
                .orElseThrow(() -> new NotFoundException("no subscriber named '" + name + "'"));
        Instant now = clock.instant();
        subscribers.update(new Subscriber(sub.id(), sub.name(), sub.timeZone(), true, sub.createdAt()));
        int cancelled = 0;
        List<Order> closes = new ArrayList<>();
        for (VenueAccount account : accounts.findBySubscriberIdOrderById(sub.id())) {
            // plans first: their resting entries and exits are cancelled on the venue too
            cancelled += plans.finishAll(account.id(), "cancelled by the emergency stop");
            cancelled += orders.cancelAllNew(account.id(), "cancelled by the emergency stop", now);
            for (Position p : positions.findForSubscriber(sub.id())) {
                if (p.accountId().equals(account.id()) && p.isOpen()) {
                    closes.add(closeOrder(account, p, now));
                }
            }
        }
        audit.record(actor, "emergency_stop", "subscriber:" + sub.id(),
                closes.size() + " positions to close, " + cancelled + " pending orders cancelled");
        return new Planned(closes, cancelled);
    }

    private Order closeOrder(VenueAccount account, Position p, Instant now) {
        // the same position state always gives the same id: a repeated stop cannot close it twice
        String id = ClientOrderIds.emergencyClose(p.id(), p.updatedAt());
        return orders.findByClientOrderId(id).orElseGet(() -> orders.save(new Order(null, null, null, account.id(), id,
                account.venue().name(), p.symbol(), p.quantity().signum() > 0 ? Side.SELL : Side.BUY, OrderType.MARKET,
                OrderIntent.CLOSE, p.quantity().abs(), null, prices.latest(p.symbol()).orElse(p.averagePrice()),
                OrderStatus.NEW, null, null, 0, now, now, OrderOrigin.EMERGENCY_STOP)));
    }

    private record Planned(List<Order> closes, int cancelled) {
    }

    /** What the stop did: positions closed (at what price), closes that failed, pending orders cancelled. */
    public record Report(String subscriber, List<Closed> closed, List<Failed> failed, int cancelledOrders) {
    }

    public record Closed(Long accountId, String symbol, Side side, BigDecimal quantity, BigDecimal price) {
    }

    public record Failed(Long accountId, String symbol, String reason) {
    }
}
