package io.tradewire.trading.stats;

import io.tradewire.trading.stats.StatsRepository.FillRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TradeLedgerTest {
    static long ids;

    /** A fill as booked: realised P&L is what PositionBook wrote, the replay only attributes it. */
    static FillRow fill(long account, String side, String qty, String price, String fee, String realized,
                        Long follow, Long provider, String stop) {
        ids++;
        return new FillRow(ids, account, 7L, "SOLUSDT", side, "OPEN", new BigDecimal(qty), new BigDecimal(price),
                new BigDecimal(fee), new BigDecimal(realized), Instant.parse("2024-03-01T00:00:00Z").plusSeconds(ids),
                follow, provider, stop == null ? null : new BigDecimal(stop));
    }

    @Test
    void aCloseCarriesItsShareOfTheOpeningFeesAndItsRFromTheOpeningStop() {
        List<Trade> trades = TradeLedger.trades(List.of(
                fill(1, "BUY", "2", "100", "0.2", "0", 10L, 3L, "90"),
                // a second signal adds at 110 with another stop: the average is 105, the stop stays 90
                fill(1, "BUY", "2", "110", "0.22", "0", 11L, 3L, "100"),
                // an emergency stop (no follow) closes 3 of 4 at 120: realised 3 x 15 = 45
                fill(1, "SELL", "3", "120", "0.36", "45", null, null, null),
                fill(1, "SELL", "1", "100", "0.1", "-5", null, null, null)));

        assertThat(trades).hasSize(2);
        Trade first = trades.get(0);
        // fees: its own 0.36 and 3/4 of the opening 0.42 = 0.315; net 45 - 0.675 = 44.325
        assertThat(first.netPnl()).isEqualByComparingTo("44.325");
        assertThat(first.entryPrice()).isEqualByComparingTo("105");
        assertThat(first.quantity()).isEqualByComparingTo("3");
        assertThat(first.followId()).isEqualTo(10L);
        assertThat(first.providerId()).isEqualTo(3L);
        // risk |105 - 90| x 3 = 45: R = 44.325 / 45 = 0.985
        assertThat(first.risk()).isEqualByComparingTo("45");
        assertThat(first.r()).isEqualByComparingTo("0.985");
        // the last: -5 - 0.1 - the remaining 0.105 = -5.205 on a risk of 15
        assertThat(trades.get(1).netPnl()).isEqualByComparingTo("-5.205");
        assertThat(trades.get(1).r()).isEqualByComparingTo("-0.347");
    }

    @Test
    void aFillThroughFlatClosesOneEpisodeAndOpensTheNextAtItsPrice() {
        List<Trade> trades = TradeLedger.trades(List.of(
                fill(2, "SELL", "1", "100", "0.1", "0", 20L, 4L, null),
                // covers the short (realised -10) and goes long 2 at 110; the fee 0.33 splits 1 : 2
                fill(2, "BUY", "3", "110", "0.33", "-10", 21L, 5L, "105"),
                fill(2, "SELL", "2", "120", "0.24", "20", 22L, 5L, null)));

        assertThat(trades).hasSize(2);
        assertThat(trades.get(0).netPnl()).isEqualByComparingTo("-10.21");
        assertThat(trades.get(0).followId()).isEqualTo(20L);
        assertThat(trades.get(0).r()).as("the short named no stop").isNull();
        // 20 - 0.24 - 0.22 = 19.54 over a risk of |110 - 105| x 2 = 10
        assertThat(trades.get(1).netPnl()).isEqualByComparingTo("19.54");
        assertThat(trades.get(1).followId()).isEqualTo(21L);
        assertThat(trades.get(1).providerId()).isEqualTo(5L);
        assertThat(trades.get(1).r()).isEqualByComparingTo("1.954");
    }

    @Test
    void accountsAndSymbolsAreSeparatePositionsAndABreakEvenCloseIsATrade() {
        List<Trade> trades = TradeLedger.trades(List.of(
                fill(1, "BUY", "1", "100", "0", "0", 1L, 1L, "95"),
                fill(2, "SELL", "1", "100", "0", "0", 2L, 1L, "105"),
                fill(1, "SELL", "1", "100", "0", "0", null, null, null)));
        assertThat(trades).singleElement().satisfies(t -> {
            assertThat(t.accountId()).isEqualTo(1L);
            assertThat(t.netPnl()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(t.r()).isEqualByComparingTo("0");
        });
    }
}
