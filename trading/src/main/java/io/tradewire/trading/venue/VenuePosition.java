package io.tradewire.trading.venue;

import java.math.BigDecimal;

/** A position as a venue reports it; quantity is signed (long positive, short negative). */
public record VenuePosition(String symbol, BigDecimal quantity, BigDecimal averagePrice) {
}
