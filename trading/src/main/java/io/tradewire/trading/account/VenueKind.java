package io.tradewire.trading.account;

/** Which kind of venue an account lives on; SIM is the simulated venue of tests and the bench. */
public enum VenueKind {
    PAPER, XCHANGE, MT5, SIM
}
