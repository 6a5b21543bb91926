package io.tradewire.trading.position;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PositionMathTest {
    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void addingAveragesThePriceByVolume() {
        var c = PositionBook.combine(d("1"), d("100"), d("3"), d("200"));
        assertThat(c.quantity()).isEqualByComparingTo("4");
        assertThat(c.averagePrice()).isEqualByComparingTo("175");
        assertThat(c.realized()).isEqualByComparingTo("0");
    }

    @Test
    void reducingALongRealisesTheGainAndKeepsTheAverage() {
        var c = PositionBook.combine(d("2"), d("100"), d("-0.5"), d("120"));
        assertThat(c.quantity()).isEqualByComparingTo("1.5");
        assertThat(c.averagePrice()).isEqualByComparingTo("100");
        assertThat(c.realized()).isEqualByComparingTo("10");
    }

    @Test
    void coveringAShortAboveItsPriceLoses() {
        var c = PositionBook.combine(d("-2"), d("100"), d("2"), d("110"));
        assertThat(c.quantity()).isEqualByComparingTo("0");
        assertThat(c.realized()).isEqualByComparingTo("-20");
    }

    @Test
    void flippingOpensTheRestAtTheFillPrice() {
        var c = PositionBook.combine(d("1"), d("100"), d("-3"), d("90"));
        assertThat(c.quantity()).isEqualByComparingTo("-2");
        assertThat(c.averagePrice()).isEqualByComparingTo("90");
        assertThat(c.realized()).isEqualByComparingTo("-10");
    }

    @Property
    void quantityIsAlwaysTheSignedSum(@ForAll @BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal held,
                                      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal fill,
                                      @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal price) {
        if (held.signum() == 0 || fill.signum() == 0) {
            return;
        }
        var c = PositionBook.combine(held, new BigDecimal("50"), fill, price);
        assertThat(c.quantity()).isEqualByComparingTo(held.add(fill));
        assertThat(c.averagePrice().signum()).isPositive();
    }
}
