package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An entry far from the market (a misplaced decimal, a wrong symbol) is refused rather than
 * filled at a price nobody meant. Only applies when a market price is known.
 */
@Singleton
@Order(50)
class PriceSanityRule implements Rule {
    static final BigDecimal MAX_DEVIATION = new BigDecimal("0.20");

    @Override
    public RuleCheck check(OpenContext c) {
        BigDecimal market = c.marketPrice();
        BigDecimal named = c.signal().referencePrice();
        if (market == null || named == null) {
            return RuleCheck.ALLOWED;
        }
        BigDecimal deviation = named.subtract(market).abs().divide(market, MathContext.DECIMAL64);
        if (deviation.compareTo(MAX_DEVIATION) > 0) {
            return new RuleCheck.Refused("price_sanity", "entry " + named.toPlainString() + " is "
                    + deviation.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                    + "% away from the market price " + market.toPlainString() + " (limit 20%)");
        }
        return RuleCheck.ALLOWED;
    }
}
