package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;
import jakarta.inject.Singleton;

import java.math.MathContext;

/** A share of the account's equity as the position's value. */
@Singleton
class EquityPercentSizer implements Sizer {
    @Override
    public SizingMode mode() {
        return SizingMode.EQUITY_PERCENT;
    }

    @Override
    public SizingResult size(SizingInput in) {
        var amount = in.equity().multiply(in.value()).movePointLeft(2);
        return new SizingResult.Sized(amount.divide(in.price(), MathContext.DECIMAL128),
                in.value().toPlainString() + "% of equity " + in.equity().stripTrailingZeros().toPlainString());
    }
}
