package io.tradewire.trading.venue;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;

import java.math.BigDecimal;

/**
 * An order as a venue receives it. {@code clientOrderId} is the engine's idempotency key: a
 * venue that sees the same id twice must not place it twice. {@code limitPrice} is the price of
 * a LIMIT order and the trigger of a STOP; {@code reduceOnly} marks an exit, which may only
 * shrink a position. {@code referencePrice} is the signal's price, for venues that need one.
 */
public record VenueOrder(Long accountId, String clientOrderId, String symbol, Side side, OrderType type,
                         BigDecimal quantity, @Nullable BigDecimal limitPrice,
                         @Nullable BigDecimal referencePrice, boolean reduceOnly) {

    public VenueOrder(Long accountId, String clientOrderId, String symbol, Side side, OrderType type,
                      BigDecimal quantity, BigDecimal limitPrice, BigDecimal referencePrice) {
        this(accountId, clientOrderId, symbol, side, type, quantity, limitPrice, referencePrice, false);
    }
}
