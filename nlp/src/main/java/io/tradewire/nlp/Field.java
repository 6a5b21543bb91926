package io.tradewire.nlp;

import java.util.Locale;

/**
 * A field of a signal that the parser can justify with a span of the message. The two
 * {@code _DISTANCE} fields report a stop or target written as a distance (pips, points,
 * percent) instead of a price: shown to the user as such, never converted into a price.
 */
public enum Field {
    SYMBOL, SIDE, ORDER_TYPE, ENTRY, STOP_LOSS, TAKE_PROFIT, LEVERAGE, ACTION, FRACTION, NEW_SL, TP,
    STOP_LOSS_DISTANCE, TAKE_PROFIT_DISTANCE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
