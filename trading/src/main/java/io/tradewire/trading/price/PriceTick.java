package io.tradewire.trading.price;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new ticker price, published after it is stored. Listeners (the paper venue's order book,
 * the engine's price watcher) each do their work in their own transactions.
 */
public record PriceTick(String symbol, BigDecimal price, Instant at) {
}
