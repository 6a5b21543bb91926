package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Fractional Kelly: f* = W - (1 - W) / R from the provider's win rate W and payoff ratio R, times
 * the follow's fraction, never above {@link #CAP} of equity, and only once the provider has
 * {@link #MIN_TRADES} closed trades (a short record says nothing).
 */
@Singleton
class KellySizer implements Sizer {
    static final int MIN_TRADES = 20;
    static final BigDecimal CAP = new BigDecimal("0.25");
    private static final MathContext MC = MathContext.DECIMAL64;

    @Override
    public SizingMode mode() {
        return SizingMode.KELLY;
    }

    @Override
    public SizingResult size(SizingInput in) {
        ProviderRecord r = in.record();
        long closed = r == null ? 0 : r.closedTrades();
        if (closed < MIN_TRADES) {
            return new SizingResult.Refused("kelly sizing needs " + MIN_TRADES
                    + " closed trades of this provider; it has " + closed);
        }
        BigDecimal winRate = BigDecimal.valueOf(r.wins()).divide(BigDecimal.valueOf(closed), MC);
        BigDecimal full = r.avgLoss().signum() == 0 ? winRate
                : winRate.subtract(BigDecimal.ONE.subtract(winRate).divide(r.avgWin().divide(r.avgLoss(), MC), MC));
        if (full.signum() <= 0) {
            return new SizingResult.Refused("the provider's record has no edge: Kelly stake "
                    + pct(full) + " of equity (win rate " + pct(winRate) + ")");
        }
        BigDecimal share = full.multiply(in.value(), MC).min(CAP);
        BigDecimal stake = in.equity().multiply(share, MC);
        return new SizingResult.Sized(stake.divide(in.price(), MathContext.DECIMAL128),
                "Kelly " + pct(full) + " x " + in.value().toPlainString() + (share.compareTo(CAP) == 0
                        ? ", capped at " + pct(CAP) : "") + " of equity " + in.equity().stripTrailingZeros()
                        .toPlainString() + " (win rate " + pct(winRate) + " over " + closed + " trades)");
    }

    private static String pct(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
