package io.tradewire.trading.plan;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.follow.EntryMode;
import io.tradewire.trading.follow.PlanSettings;
import io.tradewire.trading.follow.TpSplit;
import io.tradewire.trading.follow.TpTarget;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.trading.venue.InstrumentRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanBuilderTest {
    // a venue with a 10 USDT minimum order value and a 0.00001 lot step
    static final InstrumentRules BTC = new InstrumentRules("BTCUSDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("10"));

    @Test
    void aLadderWhoseLegsFallBelowTheVenueMinimumIsMergedIntoFewerLegs() {
        var built = PlanBuilder.build(zone("42000", "42600", "41000", List.of()), new BigDecimal("0.0006"),
                new BigDecimal("42300"), settings(EntryMode.LADDER, 5, TpSplit.EQUAL, null), BTC, true);

        var plan = ((PlanBuilder.Built.Planned) built).plan();
        // five legs of 0.00012 are worth about 5 USDT each; two of 0.0003 clear the 10 USDT minimum
        assertThat(plan.legs().stream().filter(PlanSpec.Leg::isEntry).map(l -> l.price().toPlainString()
                + " x " + l.quantity().toPlainString())).containsExactly("42600 x 0.0003", "42000 x 0.0003");
        assertThat(((PlanBuilder.Built.Planned) built).description()).startsWith("ladder of 2 limits 42600 x 0.0003,"
                + " 42000 x 0.0003 (ladder_legs 5 merged into 2: 0.00012 per leg is below the venue minimum)");
    }

    @Test
    void aLadderThatCannotMakeEvenOneTradableLegIsRefusedWithTheNumbers() {
        var built = PlanBuilder.build(zone("42000", "42600", "41000", List.of()), new BigDecimal("0.0002"),
                new BigDecimal("42300"), settings(EntryMode.LADDER, 3, TpSplit.EQUAL, null), BTC, true);

        assertThat(((PlanBuilder.Built.Refused) built).reason())
                .isEqualTo("order value 8.46 is below the minimum notional 10");
    }

    @Test
    void aTargetShareBelowTheMinimumIsMergedIntoTheNext() {
        var built = PlanBuilder.build(zone("42000", "42000", "41000", List.of(new BigDecimal("43000"),
                        new BigDecimal("44000"), new BigDecimal("45000"))), new BigDecimal("0.001"),
                new BigDecimal("42000"), settings(EntryMode.MARKET, 1, TpSplit.WEIGHTS,
                        List.of(new BigDecimal("10"), new BigDecimal("45"), new BigDecimal("45"))), BTC, false);

        var planned = (PlanBuilder.Built.Planned) built;
        // 10% of 0.001 is worth 4.3 USDT: it joins tp-2
        assertThat(planned.plan().legs().stream().filter(l -> !l.isEntry() && l.type() == OrderType.LIMIT)
                .map(l -> l.name() + " " + l.quantity().toPlainString())).containsExactly("tp-2 0.00055", "tp-3 0.00045");
        assertThat(planned.plan().tpWeights()).extracting(BigDecimal::toPlainString).containsExactly("0", "0.00055",
                "0.00045");
        assertThat(planned.description()).contains("a share below the venue minimum merged into the next")
                .endsWith("exits are watched by Tradewire (the venue keeps no stop orders) and sent at market when"
                        + " the price crosses them");
    }

    @Test
    void aLadderOverASinglePriceIsOneLimitAndNoPriceIsMarket() {
        var one = (PlanBuilder.Built.Planned) PlanBuilder.build(zone("42000", "42000", "41000", List.of()),
                new BigDecimal("0.01"), new BigDecimal("42000"), settings(EntryMode.LADDER, 4, TpSplit.EQUAL, null),
                BTC, true);
        assertThat(one.plan().legs().get(0).type()).isEqualTo(OrderType.LIMIT);
        assertThat(one.plan().legs().stream().filter(PlanSpec.Leg::isEntry).count()).isEqualTo(1);

        var market = (PlanBuilder.Built.Planned) PlanBuilder.build(zone(null, null, "41000", List.of()),
                new BigDecimal("0.01"), new BigDecimal("42000"), settings(EntryMode.LADDER, 4, TpSplit.EQUAL, null),
                BTC, true);
        assertThat(market.plan().legs().get(0).type()).isEqualTo(OrderType.MARKET);
        assertThat(market.description()).startsWith("at market (entry_mode ladder, but the signal names no entry price)");
    }

    private static PlanSettings.Effective settings(EntryMode mode, int legs, TpSplit split, List<BigDecimal> weights) {
        return new PlanSettings.Effective(split, weights, TpTarget.FIRST, mode, legs, null, null, null, null);
    }

    private static StoredSignal zone(String low, String high, String stop, List<BigDecimal> targets) {
        return new StoredSignal(1L, 1L, 1L, null, SignalKind.OPEN, "BTCUSDT", Side.BUY, null, null,
                low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high),
                new BigDecimal(stop), targets, null, null, null, null, false, null, null, "test", false,
                Instant.EPOCH, 0);
    }
}
