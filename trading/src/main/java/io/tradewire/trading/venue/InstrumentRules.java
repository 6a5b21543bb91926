package io.tradewire.trading.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A venue's limits for one instrument. Quantities are rounded here, once, at the venue edge. */
public record InstrumentRules(String symbol, BigDecimal tickSize, BigDecimal lotStep, BigDecimal minQuantity,
                              BigDecimal minNotional) {

    /** Floors a quantity to the lot step (never rounds up: that would size above the plan). */
    public BigDecimal floorQuantity(BigDecimal quantity) {
        return quantity.divide(lotStep, 0, RoundingMode.DOWN).multiply(lotStep).stripTrailingZeros();
    }

    /** Rounds a price to the nearest tick (a ladder's computed prices, a trailing stop). */
    public BigDecimal roundPrice(BigDecimal price) {
        return price.divide(tickSize, 0, RoundingMode.HALF_UP).multiply(tickSize).stripTrailingZeros();
    }

    /** True when the quantity is tradable at this price. */
    public boolean tradable(BigDecimal quantity, BigDecimal price) {
        return whyNotTradable(quantity, price) == null;
    }

    /** Null when the quantity is tradable at this price, otherwise why not, with the numbers. */
    public String whyNotTradable(BigDecimal quantity, BigDecimal price) {
        if (quantity.compareTo(minQuantity) < 0) {
            return "quantity " + quantity.toPlainString() + " " + symbol + " is below the minimum "
                    + minQuantity.toPlainString();
        }
        BigDecimal notional = quantity.multiply(price);
        if (notional.compareTo(minNotional) < 0) {
            return "order value " + notional.stripTrailingZeros().toPlainString() + " is below the minimum notional "
                    + minNotional.toPlainString();
        }
        return null;
    }
}
