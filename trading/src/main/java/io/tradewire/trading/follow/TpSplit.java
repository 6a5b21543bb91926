package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.util.Locale;

/**
 * How a position is shared among the signal's take-profit targets: {@code equal} shares,
 * custom {@code weights}, or all of it at a {@code single} target.
 */
public enum TpSplit {
    EQUAL, WEIGHTS, SINGLE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TpSplit parse(String text) {
        for (TpSplit s : values()) {
            if (s.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new InvalidInputException("tp_split", "tp_split must be equal, weights or single, got '" + text + "'");
    }
}
