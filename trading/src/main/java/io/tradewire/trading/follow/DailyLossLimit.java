package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.math.BigDecimal;

/**
 * How much a follow may lose in a day before it stops entering: a percent of the day's starting
 * balance ("5%") or an amount in the account's currency ("200"). Losses are realised P&L less
 * fees since midnight in the subscriber's zone.
 */
public record DailyLossLimit(BigDecimal value, boolean percent) {
    public DailyLossLimit {
        if (value.signum() <= 0 || (percent && value.compareTo(new BigDecimal("100")) > 0)) {
            throw new InvalidInputException("daily_loss_limit", "daily_loss_limit must be a percent in (0, 100] like"
                    + " 5% or an amount above 0 like 200, got " + value.toPlainString() + (percent ? "%" : ""));
        }
    }

    public static DailyLossLimit parse(String text) {
        String t = text == null ? "" : text.trim();
        boolean pct = t.endsWith("%");
        try {
            return new DailyLossLimit(new BigDecimal(pct ? t.substring(0, t.length() - 1).trim() : t), pct);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("daily_loss_limit",
                    "daily_loss_limit must look like 5% or 200, got '" + text + "'");
        }
    }

    /** The largest loss allowed today for a day that started with {@code startBalance}. */
    public BigDecimal maxLoss(BigDecimal startBalance) {
        return percent ? startBalance.multiply(value).movePointLeft(2) : value;
    }

    @Override
    public String toString() {
        return value.toPlainString() + (percent ? "%" : "");
    }
}
