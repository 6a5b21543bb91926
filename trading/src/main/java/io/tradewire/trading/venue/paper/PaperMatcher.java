package io.tradewire.trading.venue.paper;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.price.PriceTick;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueReport;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * Works the paper book when a price arrives: every resting order the price crosses fills (a
 * limit at its limit, a stop at the price), each in its own transaction together with the
 * engine's booking of it, which hears of the fill as a {@link VenueReport}.
 */
@Singleton
class PaperMatcher implements ApplicationEventListener<PriceTick> {
    private static final Logger LOG = LoggerFactory.getLogger(PaperMatcher.class);

    private final PaperOrderRepository book;
    private final PaperVenue venue;
    private final ApplicationEventPublisher<VenueReport> reports;
    private final TransactionOperations<Connection> tx;

    PaperMatcher(PaperOrderRepository book, PaperVenue venue, ApplicationEventPublisher<VenueReport> reports,
                 TransactionOperations<Connection> tx) {
        this.book = book;
        this.venue = venue;
        this.reports = reports;
        this.tx = tx;
    }

    @Override
    public void onApplicationEvent(PriceTick tick) {
        for (String clientOrderId : tx.executeRead(s -> book.findWorking(tick.symbol()))) {
            try {
                tx.executeWrite(s -> {
                    work(clientOrderId, tick);
                    return null;
                });
            } catch (RuntimeException e) {
                // one order's trouble must not keep the others from filling; the next price retries it
                LOG.error("paper order {} could not be worked at {} {}", clientOrderId, tick.symbol(), tick.price(), e);
            }
        }
    }

    private void work(String clientOrderId, PriceTick tick) {
        var locked = book.lock(clientOrderId);
        if (locked.isEmpty() || locked.get().status() != PaperOrder.Status.WORKING
                || !locked.get().crossedBy(tick.price())) {
            return;
        }
        PaperOrder o = locked.get();
        Placement done = venue.fill(o, o.type() == io.tradewire.nlp.OrderType.LIMIT ? o.price() : tick.price());
        LOG.info("paper order worked client_order_id={} {} {} {} at {}: {}", clientOrderId, o.side().wire(),
                o.type().wire(), o.symbol(), tick.price(), done.getClass().getSimpleName().toLowerCase());
        reports.publishEvent(new VenueReport(VenueKind.PAPER, o.accountId(), clientOrderId, done));
    }
}
