package io.tradewire.trading.stats;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerformanceMathTest {
    static final BigDecimal START = new BigDecimal("1000");

    static Trade trade(long id, String closedAt, String netPnl, String risk) {
        return new Trade(id, 1L, 1L, 1L, 1L, "SOLUSDT", Instant.parse(closedAt), BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.TEN, new BigDecimal(netPnl), risk == null ? null : new BigDecimal(risk));
    }

    /**
     * Five trades over four UTC days (the second day has none), from 1000:
     * <pre>
     * 1  03-01 10:00  +30  risk 10  R  3    equity 1030 (peak)
     * 2  03-01 23:59  -10  risk 10  R -1    equity 1020
     * 3  03-03 00:00  -20  risk 20  R -1    equity 1000  fall 30 from 1030: the max drawdown, 2.9126%
     * 4  03-03 12:00  +40  no stop  no R    equity 1040 (peak)
     * 5  03-04 08:00  -10  risk  5  R -2    equity 1030  fall 10
     * </pre>
     * wins 2, losses 3, win rate 0.4; R over 4 trades: (3 - 1 - 1 - 2) / 4 = -0.25;
     * gross profit 70, gross loss 40, profit factor 1.75; net 30, expectancy 30 / 5 = 6.
     * Daily returns (day's P&L / equity at its start): 03-01 20/1000 = 0.02, 03-02 0/1020 = 0,
     * 03-03 20/1020 = 0.0196078431, 03-04 -10/1040 = -0.0096153846. Mean 0.0074981146;
     * sample sd sqrt(sum (r - mean)^2 / 3) = 0.0147426393; Sharpe = mean / sd x sqrt(365)
     * (19.1049731745) = 9.7168. Downside deviation sqrt(0.0096153846^2 / 4) = 0.0048076923;
     * Sortino = 0.0074981146 / 0.0048076923 x 19.1049731745 = 29.7963.
     */
    static final List<Trade> RECORD = List.of(
            trade(1, "2024-03-01T10:00:00Z", "30", "10"),
            trade(2, "2024-03-01T23:59:59Z", "-10", "10"),
            trade(3, "2024-03-03T00:00:00Z", "-20", "20"),
            trade(4, "2024-03-03T12:00:00Z", "40", null),
            trade(5, "2024-03-04T08:00:00Z", "-10", "5"));

    @Test
    void aHandComputedRecord() {
        Performance p = PerformanceMath.of(RECORD, START);
        assertThat(p.trades()).isEqualTo(5);
        assertThat(p.wins()).isEqualTo(2);
        assertThat(p.losses()).isEqualTo(3);
        assertThat(p.winRate()).isEqualByComparingTo("0.4");
        assertThat(p.tradesWithR()).isEqualTo(4);
        assertThat(p.averageR()).isEqualByComparingTo("-0.25");
        assertThat(p.grossProfit()).isEqualByComparingTo("70");
        assertThat(p.grossLoss()).isEqualByComparingTo("40");
        assertThat(p.netPnl()).isEqualByComparingTo("30");
        assertThat(p.profitFactor()).isEqualByComparingTo("1.75");
        assertThat(p.expectancy()).isEqualByComparingTo("6");
        assertThat(p.startingEquity()).isEqualByComparingTo("1000");
        assertThat(p.maxDrawdown()).isEqualByComparingTo("30");
        assertThat(p.maxDrawdownPct()).isEqualByComparingTo("2.9126");
        assertThat(p.days()).isEqualTo(4);
        assertThat(p.sharpe()).isEqualByComparingTo("9.7168");
        assertThat(p.sortino()).isEqualByComparingTo("29.7963");
    }

    @Test
    void dailyReturnsAreOnTheEquityAtTheStartOfEachUtcDayFlatDaysIncluded() {
        assertThat(PerformanceMath.dailyReturns(RECORD, START)).hasSize(4).satisfiesExactly(
                r -> assertThat(r).isEqualByComparingTo("0.02"),
                r -> assertThat(r).isEqualByComparingTo("0"),
                r -> assertThat(r.doubleValue()).isCloseTo(20.0 / 1020, within(1e-12)),
                r -> assertThat(r.doubleValue()).isCloseTo(-10.0 / 1040, within(1e-12)));
    }

    @Test
    void theDrawdownPercentIsOfTheSameFallNotTheLargestPercent() {
        // 100 -> 50 (fall 50, 50%), then 50 -> 1050 -> 990 (fall 60 of 1050, 5.7143%): the larger amount wins
        var d = PerformanceMath.drawdown(List.of(trade(1, "2024-03-01T00:00:00Z", "-50", null),
                trade(2, "2024-03-02T00:00:00Z", "1000", null),
                trade(3, "2024-03-03T00:00:00Z", "-60", null)), new BigDecimal("100"));
        assertThat(d.amount()).isEqualByComparingTo("60");
        assertThat(d.percent()).isEqualByComparingTo("5.7143");
    }

    @Test
    void withoutTradesOrWithOneDayTheRatiosAreNull() {
        Performance none = PerformanceMath.of(List.of(), START);
        assertThat(none.trades()).isZero();
        assertThat(none.winRate()).isNull();
        assertThat(none.expectancy()).isNull();
        assertThat(none.averageR()).isNull();
        assertThat(none.profitFactor()).isNull();
        assertThat(none.maxDrawdown()).isEqualByComparingTo("0");
        assertThat(none.maxDrawdownPct()).isEqualByComparingTo("0");
        assertThat(none.days()).isZero();
        assertThat(none.sharpe()).isNull();

        Performance oneDay = PerformanceMath.of(RECORD.subList(0, 2), START);
        assertThat(oneDay.days()).isEqualTo(1);
        assertThat(oneDay.sharpe()).isNull();
        assertThat(oneDay.sortino()).isNull();
    }

    @Test
    void noLosingDayMeansNoSortinoAndNoKnownBalanceNoPercent() {
        var up = List.of(trade(1, "2024-03-01T00:00:00Z", "10", null), trade(2, "2024-03-02T00:00:00Z", "30", null));
        Performance p = PerformanceMath.of(up, START);
        assertThat(p.sharpe()).isNotNull();
        assertThat(p.sortino()).isNull();

        Performance unknownBalance = PerformanceMath.of(RECORD, BigDecimal.ZERO);
        assertThat(unknownBalance.maxDrawdown()).isEqualByComparingTo("30");
        assertThat(unknownBalance.sharpe()).isNull();
    }

    @Property
    void anAllWinningRecordHasNoLossesAndNoProfitFactor(
            @ForAll @Size(min = 1, max = 30) List<@BigRange(min = "0.01", max = "10000") @Scale(2) BigDecimal> wins) {
        Performance p = PerformanceMath.of(record(wins), START);
        assertThat(p.losses()).isZero();
        assertThat(p.profitFactor()).isNull();
        assertThat(p.winRate()).isEqualByComparingTo("1");
        assertThat(p.maxDrawdown()).isEqualByComparingTo("0");
    }

    @Property
    void ratiosStayInTheirRanges(
            @ForAll @Size(min = 1, max = 40) List<@BigRange(min = "-500", max = "500") @Scale(2) BigDecimal> pnls,
            @ForAll @IntRange(min = 1, max = 1_000_000) int start) {
        Performance p = PerformanceMath.of(record(pnls), BigDecimal.valueOf(start));
        assertThat(p.winRate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(p.wins() + p.losses()).isLessThanOrEqualTo(p.trades());
        assertThat(p.maxDrawdown().signum()).isNotNegative();
        assertThat(p.netPnl()).isEqualByComparingTo(pnls.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        // a fall is a share of its peak: at most all of it unless equity went below zero
        BigDecimal equity = BigDecimal.valueOf(start);
        BigDecimal lowest = equity;
        for (BigDecimal pnl : pnls) {
            equity = equity.add(pnl);
            lowest = lowest.min(equity);
        }
        assertThat(p.maxDrawdownPct()).isNotNull().isGreaterThanOrEqualTo(BigDecimal.ZERO);
        if (lowest.signum() >= 0) {
            assertThat(p.maxDrawdownPct()).isLessThanOrEqualTo(new BigDecimal("100"));
        }
    }

    /** One trade a day at noon UTC. */
    private static List<Trade> record(List<BigDecimal> pnls) {
        List<Trade> trades = new ArrayList<>();
        Instant day = Instant.parse("2024-01-01T12:00:00Z");
        for (int i = 0; i < pnls.size(); i++) {
            trades.add(new Trade(i, 1L, 1L, 1L, 1L, "X", day.plusSeconds(86_400L * i), BigDecimal.ONE,
                    BigDecimal.ONE, BigDecimal.ONE, pnls.get(i), null));
        }
        return trades;
    }
}
