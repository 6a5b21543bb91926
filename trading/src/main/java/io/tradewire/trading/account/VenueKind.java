package io.tradewire.trading.account;

/** Which kind of venue an account lives on. */
public enum VenueKind {
    PAPER, XCHANGE, MT5
}
