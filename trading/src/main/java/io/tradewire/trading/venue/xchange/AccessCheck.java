package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;

/**
 * What the one read-only call made when a key is added found: whether the key works, whether
 * it may trade (when the exchange says so; null when it does not tell), and the exchange's words.
 */
public record AccessCheck(boolean accepted, @Nullable Boolean canTrade, String detail) {
}
