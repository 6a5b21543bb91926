package io.tradewire.trading.venue;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;

import java.math.BigDecimal;

/**
 * An order as a venue receives it. {@code clientOrderId} is the engine's idempotency key: a
 * venue that sees the same id twice must not place it twice.
 */
public record VenueOrder(Long accountId, String clientOrderId, String symbol, Side side, OrderType type,
                         BigDecimal quantity, @Nullable BigDecimal limitPrice,
                         @Nullable BigDecimal referencePrice) {
}
