package io.tradewire.nlp;

/** Direction of a trade. */
public enum Side {
    BUY, SELL;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
