package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;

/** Sized so that hitting the stop loses the given percent of equity; needs a stop. */
@Singleton
class RiskPercentSizer implements Sizer {
    @Override
    public SizingMode mode() {
        return SizingMode.RISK_PERCENT;
    }

    @Override
    public SizingResult size(SizingInput in) {
        if (in.stopLoss() == null) {
            return new SizingResult.Refused("risk_percent sizing needs a stop loss and the signal has none");
        }
        BigDecimal distance = in.price().subtract(in.stopLoss()).abs();
        if (distance.signum() == 0) {
            return new SizingResult.Refused("the stop loss equals the entry price, so the risk cannot be sized");
        }
        BigDecimal risk = in.equity().multiply(in.value()).movePointLeft(2);
        return new SizingResult.Sized(risk.divide(distance, MathContext.DECIMAL128),
                "risk " + in.value().toPlainString() + "% of equity " + in.equity().stripTrailingZeros().toPlainString()
                        + " over a stop distance of " + distance.toPlainString());
    }
}
