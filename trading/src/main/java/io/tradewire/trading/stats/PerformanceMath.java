package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of a list of closed trades, all in BigDecimal (DECIMAL64, square roots by
 * {@link BigDecimal#sqrt}), so a figure is the same on every machine and hand-checkable.
 *
 * <ul>
 *   <li>Equity starts at the starting equity and moves by each trade's net P&amp;L, in close order.
 *   <b>Max drawdown</b> is the largest fall from the highest equity so far (the start counts as
 *   a peak) to a later equity; its percent is that same fall over that same peak (not the largest
 *   percent fall, which could be another, smaller one from a lower peak).</li>
 *   <li><b>Daily return</b> of a UTC day = the day's net P&amp;L / equity at the start of the day,
 *   for every day from the first trade's to the last trade's, a day without trades returning 0
 *   (flat days are days the money was at work; after the last trade they are not counted, so a
 *   provider who stopped is not scored by how long ago).</li>
 *   <li><b>Sharpe</b> = mean / sample standard deviation (n - 1) of the daily returns x sqrt(365):
 *   crypto trades every day of the year. <b>Sortino</b> = mean / downside deviation x sqrt(365),
 *   the downside deviation being sqrt(sum of min(r, 0)^2 / n) over all days (target 0).</li>
 * </ul>
 */
final class PerformanceMath {
    static final MathContext MC = MathContext.DECIMAL64;
    static final int RATIO_SCALE = 4;
    static final int MONEY_SCALE = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SQRT_365 = BigDecimal.valueOf(365).sqrt(MC);

    private PerformanceMath() {
    }

    /** The record of {@code trades} (sorted by close), starting from {@code startingEquity}. */
    static Performance of(List<Trade> trades, BigDecimal startingEquity) {
        long wins = 0;
        long losses = 0;
        long withR = 0;
        BigDecimal sumR = BigDecimal.ZERO;
        BigDecimal grossProfit = BigDecimal.ZERO;
        BigDecimal grossLoss = BigDecimal.ZERO;
        for (Trade t : trades) {
            int sign = t.netPnl().signum();
            if (sign > 0) {
                wins++;
                grossProfit = grossProfit.add(t.netPnl());
            } else if (sign < 0) {
                losses++;
                grossLoss = grossLoss.subtract(t.netPnl());
            }
            BigDecimal r = t.r();
            if (r != null) {
                withR++;
                sumR = sumR.add(r);
            }
        }
        long n = trades.size();
        BigDecimal net = grossProfit.subtract(grossLoss);
        Drawdown dd = drawdown(trades, startingEquity);
        List<BigDecimal> returns = dailyReturns(trades, startingEquity);
        return new Performance(n, wins, losses, n == 0 ? null : ratio(BigDecimal.valueOf(wins), BigDecimal.valueOf(n)),
                withR, withR == 0 ? null : ratio(sumR, BigDecimal.valueOf(withR)), grossProfit, grossLoss, net,
                grossLoss.signum() == 0 ? null : ratio(grossProfit, grossLoss),
                n == 0 ? null : net.divide(BigDecimal.valueOf(n), MC).setScale(MONEY_SCALE, RoundingMode.HALF_EVEN),
                startingEquity, dd.amount(), dd.percent(), days(trades), sharpe(returns), sortino(returns));
    }

    record Drawdown(BigDecimal amount, @Nullable BigDecimal percent) {
    }

    static Drawdown drawdown(List<Trade> trades, BigDecimal startingEquity) {
        BigDecimal equity = startingEquity;
        BigDecimal peak = startingEquity;
        BigDecimal worst = BigDecimal.ZERO;
        BigDecimal worstPeak = startingEquity;
        for (Trade t : trades) {
            equity = equity.add(t.netPnl());
            peak = peak.max(equity);
            BigDecimal fall = peak.subtract(equity);
            if (fall.compareTo(worst) > 0) {
                worst = fall;
                worstPeak = peak;
            }
        }
        // a peak at or below zero has no meaningful percent (an account with no recorded balance)
        BigDecimal pct = worstPeak.signum() <= 0 ? null
                : ratio(worst.multiply(HUNDRED), worstPeak);
        return new Drawdown(worst, pct);
    }

    /** One return per UTC day from the first trade's to the last's; empty when equity is not positive at a day's start. */
    static List<BigDecimal> dailyReturns(List<Trade> trades, BigDecimal startingEquity) {
        if (trades.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (Trade t : trades) {
            byDay.merge(day(t), t.netPnl(), BigDecimal::add);
        }
        List<BigDecimal> returns = new ArrayList<>();
        BigDecimal equity = startingEquity;
        LocalDate last = day(trades.getLast());
        for (LocalDate d = day(trades.getFirst()); !d.isAfter(last); d = d.plusDays(1)) {
            if (equity.signum() <= 0) {
                return List.of();
            }
            BigDecimal pnl = byDay.getOrDefault(d, BigDecimal.ZERO);
            returns.add(pnl.divide(equity, MC));
            equity = equity.add(pnl);
        }
        return returns;
    }

    @Nullable
    static BigDecimal sharpe(List<BigDecimal> returns) {
        if (returns.size() < 2) {
            return null;
        }
        BigDecimal mean = mean(returns);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            squares = squares.add(r.subtract(mean).pow(2, MC), MC);
        }
        BigDecimal sd = squares.divide(BigDecimal.valueOf(returns.size() - 1L), MC).sqrt(MC);
        return sd.signum() == 0 ? null : annualised(mean, sd);
    }

    @Nullable
    static BigDecimal sortino(List<BigDecimal> returns) {
        if (returns.size() < 2) {
            return null;
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal r : returns) {
            if (r.signum() < 0) {
                squares = squares.add(r.pow(2, MC), MC);
            }
        }
        if (squares.signum() == 0) {
            return null;
        }
        BigDecimal downside = squares.divide(BigDecimal.valueOf(returns.size()), MC).sqrt(MC);
        return annualised(mean(returns), downside);
    }

    private static long days(List<Trade> trades) {
        return trades.isEmpty() ? 0 : ChronoUnit.DAYS.between(day(trades.getFirst()), day(trades.getLast())) + 1;
    }

    private static LocalDate day(Trade t) {
        return LocalDate.ofInstant(t.closedAt(), ZoneOffset.UTC);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
    }

    private static BigDecimal annualised(BigDecimal mean, BigDecimal deviation) {
        return mean.divide(deviation, MC).multiply(SQRT_365, MC).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}
