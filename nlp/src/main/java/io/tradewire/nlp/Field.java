package io.tradewire.nlp;

import java.util.Locale;

/** A field of a signal that the parser can justify with a span of the message. */
public enum Field {
    SYMBOL, SIDE, ORDER_TYPE, ENTRY, STOP_LOSS, TAKE_PROFIT, LEVERAGE, ACTION, FRACTION, NEW_SL, TP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
