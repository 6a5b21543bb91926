package io.tradewire.trading.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A subscriber's account on one venue; {@code cash} is the paper balance in {@code currency},
 * {@code peakCash} the highest it has been (the max-drawdown rule measures from it).
 */
@MappedEntity("venue_accounts")
public record VenueAccount(@Id @GeneratedValue @Nullable Long id, Long subscriberId, VenueKind venue, String label,
                           String currency, BigDecimal cash, boolean disabled, Instant createdAt,
                           BigDecimal peakCash) {
}
