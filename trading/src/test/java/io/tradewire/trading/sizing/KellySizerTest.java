package io.tradewire.trading.sizing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class KellySizerTest {
    static SizingResult size(String fraction, ProviderRecord record) {
        return new KellySizer().size(new SizingInput(new BigDecimal("10000"), new BigDecimal("100"), null,
                new BigDecimal(fraction), record));
    }

    static ProviderRecord record(long wins, long losses, String avgWin, String avgLoss) {
        return new ProviderRecord(wins, losses, new BigDecimal(avgWin), new BigDecimal(avgLoss));
    }

    @Test
    void aFractionOfTheKellyStake() {
        // W = 0.6, R = 1: f* = 0.6 - 0.4 = 0.2; half Kelly = 10% of 10000 = 1000 at 100
        var r = (SizingResult.Sized) size("0.5", record(12, 8, "10", "10"));
        assertThat(r.quantity()).isEqualByComparingTo("10");
        assertThat(r.explanation()).startsWith("Kelly 20.0% x 0.5 of equity 10000 (win rate 60.0% over 20 trades)");
    }

    @Test
    void theStakeIsCapped() {
        // W = 0.75, R = 2: f* = 0.625, full Kelly capped at 25%
        var r = (SizingResult.Sized) size("1", record(15, 5, "10", "5"));
        assertThat(r.quantity()).isEqualByComparingTo("25");
        assertThat(r.explanation()).contains("capped at 25.0%");
    }

    @Test
    void aShortRecordOrNoEdgeIsRefusedWithTheNumbers() {
        assertThat(size("0.5", record(10, 9, "10", "10")))
                .isEqualTo(new SizingResult.Refused("kelly sizing needs 20 closed trades of this provider; it has 19"));
        assertThat(size("0.5", null)).isInstanceOf(SizingResult.Refused.class);
        assertThat(size("0.5", record(8, 12, "10", "10"))).isEqualTo(new SizingResult.Refused(
                "the provider's record has no edge: Kelly stake -20.0% of equity (win rate 40.0%)"));
    }
}
