package io.tradewire.trading.venue.mt5.link;

/** Published when an account's link token changes: the bridge drops the terminal linked with the old one. */
public record Mt5LinkRotated(long accountId) {
}
