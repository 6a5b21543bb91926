package io.tradewire.trading.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** An execution reported by a venue, with the P&L it realised on the position (before its fee). */
@MappedEntity("fills")
public record Fill(@Id @GeneratedValue @Nullable Long id, Long orderId, BigDecimal quantity, BigDecimal price,
                   BigDecimal fee, Instant filledAt, BigDecimal realizedPnl) {
}
