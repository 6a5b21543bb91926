package io.tradewire.trading.price;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest ticker price of a symbol. */
@MappedEntity("prices")
public record MarketPrice(@Id String symbol, BigDecimal price, Instant updatedAt) {
}
