package io.tradewire.trading.venue.paper;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order in the paper venue's own book. {@code price} is a LIMIT's limit or a STOP's
 * trigger; {@code fillPrice} and {@code fee} are set once it filled.
 */
@MappedEntity("paper_orders")
record PaperOrder(@Id @GeneratedValue @Nullable Long id, Long accountId, String clientOrderId, String symbol,
                  Side side, OrderType type, BigDecimal quantity, @Nullable BigDecimal price, boolean reduceOnly,
                  Status status, @Nullable BigDecimal fillPrice, @Nullable BigDecimal fee, @Nullable String reason,
                  Instant createdAt, Instant updatedAt) {

    enum Status {
        WORKING, FILLED, CANCELLED
    }

    /** Whether a market price of {@code market} reaches this order: a limit is met, a stop is triggered. */
    boolean crossedBy(BigDecimal market) {
        int c = market.compareTo(price);
        return switch (type) {
            case LIMIT -> side == Side.BUY ? c <= 0 : c >= 0;
            case STOP -> side == Side.BUY ? c >= 0 : c <= 0;
            case MARKET -> true;
        };
    }
}
