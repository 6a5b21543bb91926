package io.tradewire.trading.sizing;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/**
 * A provider's realised record: closed trades (each close follow-up is one trade, its P&L summed
 * over followers) that won or lost, and the average win and loss.
 */
@Introspected
public record ProviderRecord(long wins, long losses, BigDecimal avgWin, BigDecimal avgLoss) {
    public long closedTrades() {
        return wins + losses;
    }
}
