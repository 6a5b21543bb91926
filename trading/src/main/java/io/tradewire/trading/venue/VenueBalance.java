package io.tradewire.trading.venue;

import java.math.BigDecimal;

/** One currency's balance on a venue account: all of it, and the part free to trade. */
public record VenueBalance(String currency, BigDecimal total, BigDecimal available) {
}
