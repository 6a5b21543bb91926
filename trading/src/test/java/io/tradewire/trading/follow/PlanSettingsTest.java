package io.tradewire.trading.follow;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSettingsTest {
    @Test
    void unsetGroupsComeFromTheDefaultsThenTheBuiltIns() {
        var defaults = new PlanSettings(TpSplit.WEIGHTS, List.of(new BigDecimal("70"), new BigDecimal("30")), null,
                EntryMode.LADDER, 4, 2, TrailingStop.parse("1.5%"), null, 3);
        var follow = new PlanSettings(TpSplit.SINGLE, null, TpTarget.LAST, null, null, null, null, 10, null);

        var effective = follow.over(defaults).effective();

        assertThat(effective.tpSplit()).isEqualTo(TpSplit.SINGLE);
        assertThat(effective.tpWeights()).isNull();
        assertThat(effective.tpSingleTarget()).isEqualTo(TpTarget.LAST);
        assertThat(effective.entryMode()).isEqualTo(EntryMode.LADDER);
        assertThat(effective.ladderLegs()).isEqualTo(4);
        assertThat(effective.breakevenAfterTp()).isEqualTo(2);
        assertThat(effective.trailingStop().toString()).isEqualTo("1.5%");
        // the follow's cap replaces the default's fixed leverage as a group
        assertThat(effective.fixedLeverage()).isNull();
        assertThat(effective.leverage(20)).isEqualTo(10);

        var builtIn = PlanSettings.NONE.effective();
        assertThat(builtIn.tpSplit()).isEqualTo(TpSplit.EQUAL);
        assertThat(builtIn.entryMode()).isEqualTo(EntryMode.MARKET);
        assertThat(builtIn.ladderLegs()).isEqualTo(1);
        assertThat(builtIn.leverage(20)).isEqualTo(1);
        assertThat(new PlanSettings(null, null, null, EntryMode.LADDER, null, null, null, null, null).effective()
                .ladderLegs()).isEqualTo(3);
        assertThat(new PlanSettings(null, null, null, null, null, null, null, null, 7).effective().leverage(null))
                .isEqualTo(7);
    }

    @Test
    void aTrailingStopTrailsByAPercentOfTheBestPriceOrAFixedDistance() {
        assertThat(TrailingStop.parse("2%").distanceFrom(new BigDecimal("95"))).isEqualByComparingTo("1.9");
        assertThat(TrailingStop.parse(" 150 ").distanceFrom(new BigDecimal("95"))).isEqualByComparingTo("150");
        assertThat(TrailingStop.parse("50%").toString()).isEqualTo("50%");
    }
}
