package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;

import java.math.BigDecimal;

/**
 * An order as an exchange client sends it: already mapped to the exchange's instrument and
 * rounded to its tick size and lot step. {@code price} is the limit price of a LIMIT and the
 * trigger of a STOP or TAKE_PROFIT.
 */
public record ExchangeOrder(Listing listing, String clientOrderId, Side side, OrderType type, BigDecimal quantity,
                            @Nullable BigDecimal price, boolean reduceOnly) {
}
