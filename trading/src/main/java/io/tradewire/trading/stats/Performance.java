package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A realised record (see {@link PerformanceMath} for each definition). Amounts are in the
 * accounts' quote currency; ratios are rounded to 4 decimals; a ratio that cannot be computed
 * is null: no trades (win rate, expectancy), no trade with a known stop (average R), no losing
 * trade (profit factor), fewer than 2 days, no spread or a non-positive equity (Sharpe), no
 * losing day (Sortino).
 *
 * @param trades         closing fills
 * @param wins           trades with net P&amp;L above 0 (a trade at exactly 0 is neither)
 * @param winRate        wins / trades, in [0, 1]
 * @param tradesWithR    trades whose opening signal named a stop, the ones average R is over
 * @param profitFactor   gross profit / gross loss
 * @param expectancy     net P&amp;L / trades
 * @param startingEquity equity before the first trade counted
 * @param maxDrawdown    largest fall of equity from a peak, after each trade
 * @param maxDrawdownPct that fall as a percent of its peak (30 = 30%)
 * @param days           UTC days from the first trade's to the last trade's, both included
 */
public record Performance(long trades, long wins, long losses, @Nullable BigDecimal winRate, long tradesWithR,
                          @Nullable BigDecimal averageR, BigDecimal grossProfit, BigDecimal grossLoss,
                          BigDecimal netPnl, @Nullable BigDecimal profitFactor, @Nullable BigDecimal expectancy,
                          BigDecimal startingEquity, BigDecimal maxDrawdown, @Nullable BigDecimal maxDrawdownPct,
                          long days, @Nullable BigDecimal sharpe, @Nullable BigDecimal sortino) {
}
