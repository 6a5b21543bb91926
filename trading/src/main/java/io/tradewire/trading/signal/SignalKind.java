package io.tradewire.trading.signal;

/** Mirrors the parser's sealed Signal as a column value. */
public enum SignalKind {
    OPEN, UPDATE, NONE
}
