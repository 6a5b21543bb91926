package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.util.Locale;

/** Which target takes the whole position when the take-profit split is {@code single}. */
public enum TpTarget {
    FIRST, LAST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TpTarget parse(String text) {
        for (TpTarget t : values()) {
            if (t.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return t;
            }
        }
        throw new InvalidInputException("tp_single_target", "tp_single_target must be first or last, got '"
                + text + "'");
    }
}
