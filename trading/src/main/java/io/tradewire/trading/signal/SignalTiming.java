package io.tradewire.trading.signal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a signal's time went: each phase as an instant (null until it happened). Decided is the
 * last follower's decision; persisted is when every decision and job was committed (the signal
 * marked routed). Orders are "sent" when first handed to the venue; a fan-out of more than one
 * batch starts sending before its last batch is persisted.
 */
@Introspected
public record SignalTiming(Instant receivedAt, Instant parsedAt, @Nullable Instant decidedAt,
                           @Nullable Instant persistedAt,
                           @Nullable Instant firstOrderSentAt, @Nullable Instant lastOrderSentAt,
                           @Nullable Instant firstFillAt) {

    /** Milliseconds (to the microsecond) from the message's arrival to a phase; null if it has not happened. */
    @Nullable
    public BigDecimal msUntil(@Nullable Instant phase) {
        return phase == null ? null
                : BigDecimal.valueOf(Duration.between(receivedAt, phase).toNanos() / 1_000, 3);
    }
}
