package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;
import jakarta.inject.Singleton;

import java.math.MathContext;

/** The same amount of quote currency on every trade. */
@Singleton
class FixedQuoteSizer implements Sizer {
    @Override
    public SizingMode mode() {
        return SizingMode.FIXED_QUOTE;
    }

    @Override
    public SizingResult size(SizingInput in) {
        return new SizingResult.Sized(in.value().divide(in.price(), MathContext.DECIMAL128),
                in.value().toPlainString() + " of quote currency at " + in.price().toPlainString());
    }
}
