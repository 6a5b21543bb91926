package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.position.Position;

import java.math.BigDecimal;

/**
 * A position with its value at the latest price.
 *
 * @param markPrice     the latest price of the symbol (a ticker's, else the newest a signal named); null when none is known
 * @param unrealizedPnl (mark - average) x signed quantity: 0 when flat, null when open and no price is known
 * @param fees          fees paid on every fill of this account and symbol: the span realised P&amp;L covers too
 */
public record MarkedPosition(Position position, @Nullable BigDecimal markPrice, @Nullable BigDecimal unrealizedPnl,
                             BigDecimal fees) {
}
