package io.tradewire.trading.signal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a signal's time went: each phase as an instant (null until it happened). Orders are
 * "sent" when handed to the venue.
 */
@Introspected
public record SignalTiming(Instant receivedAt, Instant parsedAt, @Nullable Instant routedAt,
                           @Nullable Instant firstOrderSentAt, @Nullable Instant lastOrderSentAt,
                           @Nullable Instant firstFillAt) {

    /** Milliseconds (to the microsecond) from the message's arrival to a phase; null if it has not happened. */
    @Nullable
    public BigDecimal msUntil(@Nullable Instant phase) {
        return phase == null ? null
                : BigDecimal.valueOf(Duration.between(receivedAt, phase).toNanos() / 1_000, 3);
    }
}
