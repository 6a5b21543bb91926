package io.tradewire.trading.venue.xchange;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Prices go to the tick once, at the venue edge, never to a worse price than asked. */
class PriceRoundingTest {
    static final BigDecimal TICK = new BigDecimal("0.05");

    @Test
    void aBuyLimitRoundsDownASellLimitUpAStopToTheNearest() {
        assertThat(XChangeVenue.roundPrice(new BigDecimal("100.07"), TICK, Side.BUY, OrderType.LIMIT))
                .isEqualByComparingTo("100.05");
        assertThat(XChangeVenue.roundPrice(new BigDecimal("100.07"), TICK, Side.SELL, OrderType.LIMIT))
                .isEqualByComparingTo("100.10");
        assertThat(XChangeVenue.roundPrice(new BigDecimal("100.07"), TICK, Side.BUY, OrderType.STOP))
                .isEqualByComparingTo("100.05");
        assertThat(XChangeVenue.roundPrice(new BigDecimal("100.08"), TICK, Side.BUY, OrderType.STOP))
                .isEqualByComparingTo("100.10");
        assertThat(XChangeVenue.roundPrice(null, TICK, Side.BUY, OrderType.MARKET)).isNull();
    }
}
