package io.tradewire.nlp;

/** How the text asks to enter: at market, a limit, or a stop entry. */
public enum OrderType {
    MARKET, LIMIT, STOP;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
