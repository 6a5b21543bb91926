package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SizersTest {
    final Sizers sizers = new Sizers(List.of(new FixedQuoteSizer(), new EquityPercentSizer(), new RiskPercentSizer(),
            new KellySizer()));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void fixedQuoteBuysThatMuchValue() {
        var r = (SizingResult.Sized) sizers.size(SizingMode.FIXED_QUOTE, new SizingInput(d("5000"), d("250"), null, d("100")));
        assertThat(r.quantity()).isEqualByComparingTo("0.4");
    }

    @Test
    void equityPercentTakesAShareOfEquity() {
        var r = (SizingResult.Sized) sizers.size(SizingMode.EQUITY_PERCENT, new SizingInput(d("5000"), d("250"), null, d("10")));
        assertThat(r.quantity()).isEqualByComparingTo("2");
    }

    @Test
    void riskPercentLosesExactlyThatAtTheStop() {
        var r = (SizingResult.Sized) sizers.size(SizingMode.RISK_PERCENT, new SizingInput(d("10000"), d("42250"), d("41000"), d("1")));
        assertThat(r.quantity()).isEqualByComparingTo("0.08");
        assertThat(r.quantity().multiply(d("1250"))).isEqualByComparingTo("100");
    }

    @Test
    void riskPercentWithoutAStopOrWithAZeroDistanceIsRefusedWithTheReason() {
        assertThat(sizers.size(SizingMode.RISK_PERCENT, new SizingInput(d("10000"), d("100"), null, d("1"))))
                .isEqualTo(new SizingResult.Refused("risk_percent sizing needs a stop loss and the signal has none"));
        assertThat(sizers.size(SizingMode.RISK_PERCENT, new SizingInput(d("10000"), d("100"), d("100"), d("1"))))
                .isInstanceOf(SizingResult.Refused.class);
    }
}
