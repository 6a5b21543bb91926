package io.tradewire.trading.control;

import io.micronaut.core.annotation.Nullable;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A subscriber closing positions by hand: one symbol or all of them, on every account, at market.
 * Unlike the emergency stop it leaves copying on and pending orders alone. The close orders are
 * execution jobs like any other (a crash half-way is finished by recovery), and a position is
 * never closed twice: its close order's id comes from the position as it stood.
 */
@Singleton
public class PositionCloser {
    private static final Logger LOG = LoggerFactory.getLogger(PositionCloser.class);

    private final SubscriberRepository subscribers;
    private final VenueAccountRepository accounts;
    private final PositionRepository positions;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final OrderExecutor executor;
    private final PriceBook prices;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    PositionCloser(SubscriberRepository subscribers, VenueAccountRepository accounts, PositionRepository positions,
                   OrderRepository orders, FillRepository fills, OrderExecutor executor, PriceBook prices,
                   AuditLog audit, TransactionOperations<Connection> tx, Clock clock) {
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

    /**
     * Closes the subscriber's open positions in {@code symbol} (every open position when null).
     * Throws {@link NotFoundException} when there is none to close, before anything is written.
     */
    public EmergencyStop.Report close(String actor, String subscriberName, @Nullable String symbol) {
        List<Order> planned = tx.executeWrite(s -> plan(actor, subscriberName, symbol));
        List<EmergencyStop.Closed> closed = new ArrayList<>();
        List<EmergencyStop.Failed> failed = new ArrayList<>();
        for (Order o : planned) {
            executor.execute(o.id());
            Order done = tx.executeRead(s -> orders.findById(o.id()).orElseThrow());
            if (done.status() == OrderStatus.FILLED) {
                BigDecimal price = tx.executeRead(s -> fills.findByOrderId(o.id())).get(0).price();
                closed.add(new EmergencyStop.Closed(done.accountId(), done.symbol(), done.side(), done.quantity(),
                        price));
            } else {
                failed.add(new EmergencyStop.Failed(done.accountId(), done.symbol(),
                        done.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + done.statusReason()));
            }
        }
        LOG.info("manual close subscriber={} symbol={} by={} closed={} failed={}", subscriberName,
                symbol == null ? "all" : symbol, actor, closed.size(), failed.size());
        return new EmergencyStop.Report(subscriberName, closed, failed, 0);
    }

    private List<Order> plan(String actor, String name, @Nullable String symbol) {
        Subscriber sub = subscribers.findByName(name)
                .orElseThrow(() -> new NotFoundException("subscriber", "no subscriber named '" + name + "'"));
        Map<Long, VenueAccount> byId = accounts.findBySubscriberIdOrderById(sub.id()).stream()
                .collect(Collectors.toMap(VenueAccount::id, Function.identity()));
        Instant now = clock.instant();
        List<Order> closes = new ArrayList<>();
        for (Position p : positions.findForSubscriber(sub.id())) {
            if (p.isOpen() && (symbol == null || symbol.equals(p.symbol()))) {
                closes.add(closeOrder(byId.get(p.accountId()), p, now));
            }
        }
        if (closes.isEmpty()) {
            throw new NotFoundException("symbol", symbol == null ? "you have no open positions"
                    : "you have no open " + symbol + " position");
        }
        audit.record(actor, "position.close", "subscriber:" + sub.id(),
                (symbol == null ? "all" : symbol) + ": " + closes.size() + " positions to close");
        return closes;
    }

    private Order closeOrder(VenueAccount account, Position p, Instant now) {
        String id = ClientOrderIds.manualClose(p.id(), p.updatedAt());
        return orders.findByClientOrderId(id).orElseGet(() -> orders.save(new Order(null, null, null, account.id(), id,
                account.venue().name(), p.symbol(), p.quantity().signum() > 0 ? Side.SELL : Side.BUY, OrderType.MARKET,
                OrderIntent.CLOSE, p.quantity().abs(), null, prices.latest(p.symbol()).orElse(p.averagePrice()),
                OrderStatus.NEW, null, null, 0, now, now, OrderOrigin.MANUAL)));
    }
}
