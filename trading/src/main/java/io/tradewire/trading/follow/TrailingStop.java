package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A stop that follows the best price since the entry filled, by a percent of that price
 * ("2%", in (0, 50]) or a price distance ("150", above 0); it only ever tightens.
 */
public record TrailingStop(BigDecimal value, boolean percent) {
    private static final BigDecimal MAX_PERCENT = new BigDecimal("50");

    public TrailingStop {
        if (value.signum() <= 0 || (percent && value.compareTo(MAX_PERCENT) > 0)) {
            throw invalid(value.toPlainString() + (percent ? "%" : ""));
        }
    }

    public static TrailingStop parse(String text) {
        String t = text == null ? "" : text.trim();
        boolean pct = t.endsWith("%");
        try {
            return new TrailingStop(new BigDecimal(pct ? t.substring(0, t.length() - 1).trim() : t), pct);
        } catch (NumberFormatException e) {
            throw invalid("'" + text + "'");
        }
    }

    private static InvalidInputException invalid(String got) {
        return new InvalidInputException("trailing_stop", "trailing_stop must be a percent in (0, 50] like 2%"
                + " or a price distance above 0 like 150, got " + got);
    }

    /** How far behind {@code best} the stop trails. */
    public BigDecimal distanceFrom(BigDecimal best) {
        return percent ? best.multiply(value, MathContext.DECIMAL128).movePointLeft(2) : value;
    }

    @Override
    public String toString() {
        return value.toPlainString() + (percent ? "%" : "");
    }
}
