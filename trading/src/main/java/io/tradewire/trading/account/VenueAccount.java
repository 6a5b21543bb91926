package io.tradewire.trading.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A subscriber's account on one venue; {@code cash} is the paper balance in {@code currency}. */
@MappedEntity("venue_accounts")
public record VenueAccount(@Id @GeneratedValue @Nullable Long id, Long subscriberId, VenueKind venue, String label,
                           String currency, BigDecimal cash, boolean disabled, Instant createdAt) {
    public VenueAccount withCash(BigDecimal newCash) {
        return new VenueAccount(id, subscriberId, venue, label, currency, newCash, disabled, createdAt);
    }
}
