package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.util.Locale;

/** How a follower's position size is worked out. */
public enum SizingMode {
    /** a fixed amount of the quote currency per trade */
    FIXED_QUOTE,
    /** a percent of the account's equity as the position's notional */
    EQUITY_PERCENT,
    /** a percent of equity lost if the stop loss is hit */
    RISK_PERCENT,
    /** a fraction (the setting, 0..1) of the Kelly stake from the provider's realised record, capped */
    KELLY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SizingMode parse(String text) {
        for (SizingMode m : values()) {
            if (m.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new InvalidInputException("sizing_mode",
                "sizing_mode must be fixed_quote, equity_percent, risk_percent or kelly, got '" + text + "'");
    }
}
