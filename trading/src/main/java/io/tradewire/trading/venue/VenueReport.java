package io.tradewire.trading.venue;

import io.tradewire.trading.account.VenueKind;

/**
 * A venue's own report on an order the engine placed earlier: a resting order filled (or was
 * cancelled) on the venue, outside any call the engine made. Published as an application event
 * inside the transaction that changed the venue's book; the engine books it against the order
 * with the same client order id in that same transaction.
 */
public record VenueReport(VenueKind venue, Long accountId, String clientOrderId, Placement placement) {
}
