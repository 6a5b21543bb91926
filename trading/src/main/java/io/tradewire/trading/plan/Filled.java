package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.math.MathContext;

/** What a plan's legs have filled so far. */
@Introspected
record Filled(BigDecimal entryFilled, BigDecimal entryCost, BigDecimal exitFilled) {

    /** What the plan's own legs still hold (entries less exits), never below zero. */
    BigDecimal held() {
        return entryFilled.subtract(exitFilled).max(BigDecimal.ZERO);
    }

    /** The average entry price, null until an entry filled. */
    BigDecimal averageEntry() {
        return entryFilled.signum() == 0 ? null : entryCost.divide(entryFilled, MathContext.DECIMAL64);
    }
}
