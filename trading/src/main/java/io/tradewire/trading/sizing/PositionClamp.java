package io.tradewire.trading.sizing;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;

/** Keeps a sized position between a minimum and a maximum share of the balance. */
public final class PositionClamp {
    private PositionClamp() {
    }

    /** The quantity, raised or lowered so its value is within [min%, max%] of the balance; why, when it moved. */
    public static Clamped clamp(BigDecimal quantity, BigDecimal price, BigDecimal balance,
                                @Nullable BigDecimal minPct, @Nullable BigDecimal maxPct) {
        BigDecimal value = quantity.multiply(price);
        if (maxPct != null) {
            BigDecimal max = balance.multiply(maxPct).movePointLeft(2);
            if (value.compareTo(max) > 0) {
                return new Clamped(max.divide(price, MathContext.DECIMAL128),
                        "capped at max_position_pct " + maxPct.toPlainString() + "% of the balance");
            }
        }
        if (minPct != null) {
            BigDecimal min = balance.multiply(minPct).movePointLeft(2);
            if (value.compareTo(min) < 0) {
                return new Clamped(min.divide(price, MathContext.DECIMAL128),
                        "raised to min_position_pct " + minPct.toPlainString() + "% of the balance");
            }
        }
        return new Clamped(quantity, null);
    }

    /** The clamped quantity and, when it changed, the reason. */
    public record Clamped(BigDecimal quantity, @Nullable String note) {
    }
}
