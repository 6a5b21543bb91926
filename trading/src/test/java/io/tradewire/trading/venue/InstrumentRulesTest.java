package io.tradewire.trading.venue;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentRulesTest {
    final InstrumentRules btc = new InstrumentRules("BTCUSDT", new BigDecimal("0.01"), new BigDecimal("0.001"),
            new BigDecimal("0.001"), new BigDecimal("10"));

    @Test
    void quantitiesAreFlooredToTheLotStepNeverRoundedUp() {
        assertThat(btc.floorQuantity(new BigDecimal("0.0129999"))).isEqualByComparingTo("0.012");
        assertThat(btc.floorQuantity(new BigDecimal("0.0009"))).isEqualByComparingTo("0");
    }

    @Test
    void belowTheMinimumsTheReasonCarriesTheNumbers() {
        assertThat(btc.whyNotTradable(new BigDecimal("0"), new BigDecimal("40000")))
                .isEqualTo("quantity 0 BTCUSDT is below the minimum 0.001");
        assertThat(btc.whyNotTradable(new BigDecimal("0.001"), new BigDecimal("5000")))
                .isEqualTo("order value 5 is below the minimum notional 10");
        assertThat(btc.whyNotTradable(new BigDecimal("0.001"), new BigDecimal("40000"))).isNull();
    }
}
