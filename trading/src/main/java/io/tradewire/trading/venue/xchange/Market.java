package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.InvalidInputException;

import java.util.Locale;

/** Which market of an exchange an account trades: spot, or perpetual futures where supported. */
public enum Market {
    SPOT, FUTURES;

    public static Market parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return SPOT;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("market", "market must be spot or futures, got '" + raw + "'");
        }
    }
}
