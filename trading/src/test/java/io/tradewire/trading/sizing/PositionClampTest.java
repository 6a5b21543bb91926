package io.tradewire.trading.sizing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PositionClampTest {
    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aPositionAboveTheMaximumShareIsCappedWithTheReason() {
        var c = PositionClamp.clamp(d("1"), d("1000"), d("5000"), null, d("10"));
        assertThat(c.quantity()).isEqualByComparingTo("0.5");
        assertThat(c.note()).isEqualTo("capped at max_position_pct 10% of the balance");
    }

    @Test
    void aPositionBelowTheMinimumShareIsRaised() {
        var c = PositionClamp.clamp(d("0.01"), d("1000"), d("5000"), d("2"), d("10"));
        assertThat(c.quantity()).isEqualByComparingTo("0.1");
        assertThat(c.note()).isEqualTo("raised to min_position_pct 2% of the balance");
    }

    @Test
    void aPositionInsideTheBandIsLeftAlone() {
        var c = PositionClamp.clamp(d("0.3"), d("1000"), d("5000"), d("2"), d("10"));
        assertThat(c.quantity()).isEqualByComparingTo("0.3");
        assertThat(c.note()).isNull();
    }
}
