package io.tradewire.trading.venue.sim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of the simulated venue's book in the database. */
@MappedEntity("sim_venue_orders")
record SimOrderRow(@Id @GeneratedValue @Nullable Long id, Long accountId, String clientOrderId, String symbol,
                   String side, BigDecimal quantity, BigDecimal price, Instant placedAt) {
}
