package io.tradewire.web.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.signal.SignalTiming;

import java.math.BigDecimal;
import java.time.Instant;

/** Where a signal's time went, in milliseconds after its message arrived (null: not yet). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimingView(Instant receivedAt, BigDecimal parsedMs, @Nullable BigDecimal decidedMs,
                         @Nullable BigDecimal persistedMs,
                         @Nullable BigDecimal firstOrderSentMs, @Nullable BigDecimal lastOrderSentMs,
                         @Nullable BigDecimal firstFillMs) {
    static TimingView of(SignalTiming t) {
        return new TimingView(t.receivedAt(), t.msUntil(t.parsedAt()), t.msUntil(t.decidedAt()),
                t.msUntil(t.persistedAt()),
                t.msUntil(t.firstOrderSentAt()), t.msUntil(t.lastOrderSentAt()), t.msUntil(t.firstFillAt()));
    }
}
