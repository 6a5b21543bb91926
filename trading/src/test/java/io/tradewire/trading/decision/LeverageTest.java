package io.tradewire.trading.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeverageTest {
    @Test
    void theSignalsLeverageIsCappedByTheFollowAndNoCapMeansNone() {
        assertThat(OpenDecider.effectiveLeverage(10, 3)).isEqualTo(3);
        assertThat(OpenDecider.effectiveLeverage(2, 5)).isEqualTo(2);
        assertThat(OpenDecider.effectiveLeverage(null, 5)).isEqualTo(1);
        assertThat(OpenDecider.effectiveLeverage(20, null)).isEqualTo(1);
    }
}
