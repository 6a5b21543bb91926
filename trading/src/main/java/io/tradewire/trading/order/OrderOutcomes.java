package io.tradewire.trading.order;

import io.tradewire.trading.metrics.TradingMetrics;
import io.tradewire.trading.position.PositionBook;
import io.micronaut.context.event.ApplicationEventListener;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueReport;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * Books what a venue reported for an order: a fill becomes a fill row, a position change and
 * cash; a resting order becomes PLACED; a cancel CANCELLED. Runs in the caller's transaction and
 * does nothing for an order already final, so a report seen twice is booked once. A venue's own
 * {@link VenueReport} (a resting order that filled on the venue) is booked the same way, in the
 * transaction that published it. Whoever else cares about a fill (the order plans) listens for
 * the fill row being stored, so it hears of every fill however it was booked.
 */
@Singleton
public class OrderOutcomes implements ApplicationEventListener<VenueReport> {
    private static final Logger LOG = LoggerFactory.getLogger(OrderOutcomes.class);

    private final OrderRepository orders;
    private final FillRepository fills;
    private final PositionBook positions;
    private final TradingMetrics metrics;
    private final Clock clock;

    OrderOutcomes(OrderRepository orders, FillRepository fills, PositionBook positions, TradingMetrics metrics,
                  Clock clock) {
        this.orders = orders;
        this.fills = fills;
        this.positions = positions;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Books a fill, a resting order or a cancel; returns false for any other placement. */
    public boolean book(Order o, Placement result) {
        if (o.status().isFinal()) {
            return true;
        }
        switch (result) {
            case Placement.Filled f -> {
                BigDecimal realized = positions.apply(o.accountId(), o.symbol(), o.side(), f.quantity(), f.price(),
                        f.fee(), o.signalId());
                fills.save(new Fill(null, o.id(), f.quantity(), f.price(), f.fee(), clock.instant(), realized));
                orders.finish(o.id(), OrderStatus.FILLED.name(), null, f.venueOrderId(), clock.instant());
                LOG.info("order filled signal={} order={} account={} client_order_id={} {} {} {} at {}", o.signalId(),
                        o.id(), o.accountId(), o.clientOrderId(), o.side().wire(), f.quantity().toPlainString(),
                        o.symbol(), f.price().toPlainString());
                return true;
            }
            case Placement.Working w -> {
                orders.finish(o.id(), OrderStatus.PLACED.name(), null, w.venueOrderId(), clock.instant());
                LOG.info("order resting signal={} order={} account={} client_order_id={}", o.signalId(), o.id(),
                        o.accountId(), o.clientOrderId());
                return true;
            }
            case Placement.Cancelled c -> {
                orders.finish(o.id(), OrderStatus.CANCELLED.name(), c.reason(), c.venueOrderId(), clock.instant());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** A venue says a resting order changed; books it against the order row, locked, or logs that none matches. */
    @Override
    public void onApplicationEvent(VenueReport report) {
        var order = orders.lockByClientOrderId(report.clientOrderId());
        if (order.isEmpty() || !order.get().accountId().equals(report.accountId())) {
            LOG.warn("venue report for an unknown order venue={} account={} client_order_id={}", report.venue(),
                    report.accountId(), report.clientOrderId());
            return;
        }
        book(order.get(), report.placement());
    }

    TradingMetrics metrics() {
        return metrics;
    }
}
