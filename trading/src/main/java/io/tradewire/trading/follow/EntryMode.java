package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.util.Locale;

/** How an entry is worked: one market order, or a ladder of limit orders across the signal's zone. */
public enum EntryMode {
    MARKET, LADDER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryMode parse(String text) {
        for (EntryMode m : values()) {
            if (m.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new InvalidInputException("entry_mode", "entry_mode must be market or ladder, got '" + text + "'");
    }
}
