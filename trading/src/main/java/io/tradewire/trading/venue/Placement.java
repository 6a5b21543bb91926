package io.tradewire.trading.venue;

import java.math.BigDecimal;

/** What a venue did with an order. */
public sealed interface Placement permits Placement.Filled, Placement.Rejected {

    /** Filled in full at {@code price}. */
    record Filled(String venueOrderId, BigDecimal quantity, BigDecimal price, BigDecimal fee) implements Placement {
    }

    /** Not placed; {@code retryable} says whether trying again later can help. */
    record Rejected(String reason, boolean retryable) implements Placement {
    }
}
