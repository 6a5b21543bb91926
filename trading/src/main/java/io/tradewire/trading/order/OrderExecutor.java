package io.tradewire.trading.order;

import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.metrics.TradingMetrics;
import io.tradewire.trading.position.PositionBook;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.Venues;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs one execution job: claims a NEW order (SKIP LOCKED, so several workers or instances
 * never take the same one), places it, and records the fill and the position in the same
 * transaction. A retryable rejection leaves the job NEW for the next pass, up to a limit.
 */
@Singleton
public class OrderExecutor {
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(OrderExecutor.class);

    private final OrderRepository orders;
    private final FillRepository fills;
    private final Venues venues;
    private final PositionBook positions;
    private final TransactionOperations<Connection> tx;
    private final TradingMetrics metrics;
    private final Clock clock;

    OrderExecutor(OrderRepository orders, FillRepository fills, Venues venues, PositionBook positions,
                  TransactionOperations<Connection> tx, TradingMetrics metrics, Clock clock) {
        this.orders = orders;
        this.fills = fills;
        this.venues = venues;
        this.positions = positions;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Executes the order if it is still NEW and nobody else holds it; true when this call did. */
    public boolean execute(Long orderId) {
        return tx.executeWrite(status -> orders.claim(orderId).map(this::place).orElse(false));
    }

    private boolean place(Order o) {
        orders.markSent(o.id(), clock.instant());
        long started = System.nanoTime();
        Placement result = venues.forKind(VenueKind.valueOf(o.venue())).place(new VenueOrder(o.accountId(),
                o.clientOrderId(), o.symbol(), o.side(), o.type(), o.quantity(), o.limitPrice(), o.referencePrice()));
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        switch (result) {
            case Placement.Filled f -> {
                BigDecimal realized = positions.apply(o.accountId(), o.symbol(), o.side(), f.quantity(), f.price(),
                        f.fee(), o.signalId());
                fills.save(new Fill(null, o.id(), f.quantity(), f.price(), f.fee(), clock.instant(), realized));
                orders.finish(o.id(), OrderStatus.FILLED.name(), null, f.venueOrderId(), clock.instant());
                metrics.order(o.venue().toLowerCase(), "filled", latency);
                LOG.info("order filled signal={} order={} account={} client_order_id={} {} {} {} at {}", o.signalId(),
                        o.id(), o.accountId(), o.clientOrderId(), o.side().wire(), f.quantity().toPlainString(),
                        o.symbol(), f.price().toPlainString());
            }
            case Placement.Working w -> orders.finish(o.id(), OrderStatus.PLACED.name(), null, w.venueOrderId(),
                    clock.instant());
            case Placement.Cancelled c -> orders.finish(o.id(), OrderStatus.CANCELLED.name(), c.reason(),
                    c.venueOrderId(), clock.instant());
            case Placement.RateLimited r -> orders.finish(o.id(), OrderStatus.NEW.name(), r.reason(), null,
                    clock.instant());
            case Placement.Unknown u -> orders.finish(o.id(), OrderStatus.NEW.name(), u.reason(), null,
                    clock.instant());
            case Placement.Rejected r -> {
                boolean again = r.retryable() && o.attempts() + 1 < MAX_ATTEMPTS;
                OrderStatus next = again ? OrderStatus.NEW : OrderStatus.REJECTED;
                orders.finish(o.id(), next.name(), r.reason(), null, clock.instant());
                metrics.order(o.venue().toLowerCase(), again ? "retry" : "rejected", latency);
                LOG.warn("order {} signal={} order={} account={} reason={}", again ? "will retry" : "rejected",
                        o.signalId(), o.id(), o.accountId(), r.reason());
            }
        }
        return true;
    }
}
