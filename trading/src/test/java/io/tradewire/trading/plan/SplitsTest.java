package io.tradewire.trading.plan;

import io.tradewire.nlp.Side;
import io.tradewire.trading.follow.TpSplit;
import io.tradewire.trading.follow.TpTarget;
import io.tradewire.trading.venue.InstrumentRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SplitsTest {
    static final InstrumentRules PAPER = new InstrumentRules("X", new BigDecimal("0.01"), new BigDecimal("0.001"),
            new BigDecimal("0.001"), BigDecimal.ONE);

    @Test
    void ladderPricesAreEvenOnTheTickAndTheFirstToBeReachedComesFirst() {
        assertThat(plain(Splits.ladder(new BigDecimal("100"), new BigDecimal("101"), 3, Side.BUY, PAPER)))
                .containsExactly("101", "100.5", "100");
        assertThat(plain(Splits.ladder(new BigDecimal("100"), new BigDecimal("101"), 4, Side.SELL, PAPER)))
                .containsExactly("100", "100.33", "100.67", "101");
    }

    @Test
    void equalPartsAddUpExactlyTheLastTakingTheRounding() {
        assertThat(plain(Splits.equalParts(new BigDecimal("1"), 3, PAPER))).containsExactly("0.333", "0.333", "0.334");
    }

    @Test
    void weightsFoldPastTheLastTargetAndSingleTakesOne() {
        assertThat(plain(Splits.targetWeights(TpSplit.WEIGHTS, decimals("50", "30", "20"), TpTarget.FIRST, 2)))
                .containsExactly("50", "50");
        assertThat(plain(Splits.targetWeights(TpSplit.WEIGHTS, decimals("60", "40"), TpTarget.FIRST, 3)))
                .containsExactly("60", "40", "0");
        assertThat(plain(Splits.targetWeights(TpSplit.SINGLE, null, TpTarget.LAST, 3))).containsExactly("0", "0", "1");
        assertThat(plain(Splits.targetWeights(TpSplit.EQUAL, null, TpTarget.FIRST, 0))).isEmpty();
    }

    @Test
    void sharesAddUpToWhatIsHeldAndSkipTargetsWithoutWeight() {
        assertThat(plain(Splits.shares(new BigDecimal("1"), decimals("1", "0", "1"), decimals("10", "11", "12"),
                PAPER))).containsExactly("0.5", "0", "0.5");
        // a share below the minimum notional 1 at its price joins the next; the last joins the one before
        assertThat(plain(Splits.shares(new BigDecimal("0.2"), decimals("1", "9"), decimals("10", "10"), PAPER)))
                .containsExactly("0", "0.2");
        assertThat(plain(Splits.shares(new BigDecimal("0.2"), decimals("9", "1"), decimals("10", "10"), PAPER)))
                .containsExactly("0.2", "0");
        assertThat(plain(Splits.shares(BigDecimal.ZERO, decimals("1", "1"), decimals("10", "10"), PAPER)))
                .containsExactly("0", "0");
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<String> plain(List<BigDecimal> values) {
        return values.stream().map(v -> v.stripTrailingZeros().toPlainString()).toList();
    }
}
