package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One closed trade: a fill that reduced a position. {@code netPnl} is after its fee and its share
 * of the opening fees; {@code risk} is |entry - stop| x quantity, null when the opening signal
 * named no stop (or the stop equals the entry, which would make R infinite).
 */
record Trade(long fillId, Long accountId, Long subscriberId, @Nullable Long followId, @Nullable Long providerId,
             String symbol, Instant closedAt, BigDecimal quantity, BigDecimal entryPrice, BigDecimal exitPrice,
             BigDecimal netPnl, @Nullable BigDecimal risk) {

    /** Net P&amp;L in units of initial risk, or null without a known risk. */
    @Nullable
    BigDecimal r() {
        return risk == null ? null : netPnl.divide(risk, PerformanceMath.MC);
    }
}
