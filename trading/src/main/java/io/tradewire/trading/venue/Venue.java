package io.tradewire.trading.venue;

import io.tradewire.trading.account.VenueKind;

/**
 * The one port every venue implements (paper, exchanges through XChange, MT5 terminals).
 * Implementations round to their own instrument rules and are idempotent on the client order id.
 */
public interface Venue {
    VenueKind kind();

    /** Tick size, lot step and minimums for a symbol on this venue. */
    InstrumentRules rules(String symbol);

    /** Places the order; a repeat of the same client order id returns the first result. */
    Placement place(VenueOrder order);
}
