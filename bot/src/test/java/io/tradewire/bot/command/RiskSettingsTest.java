package io.tradewire.bot.command;

import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** /risk's words into the engine's settings and back, and its messages in the user's terms. */
class RiskSettingsTest {

    @Test
    void everyKeyReachesItsSettingAndShowsBackAsTyped() {
        CopySettings s = RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(List.of("equity_pct=5%",
                "max_leverage=10x", "require_sl=yes", "max_open=3", "max_age=60s", "allow=btc/usdt,ETHUSDT",
                "deny=DOGEUSDT", "max_trades_day=4", "min_size_pct=1", "max_size_pct=20", "hours=08:00-20:00",
                "daily_loss=5%", "max_drawdown=25")));
        assertThat(s.sizingMode()).isEqualTo(SizingMode.EQUITY_PERCENT);
        assertThat(s.sizingValue()).isEqualByComparingTo("5");
        assertThat(s.maxLeverage()).isEqualTo(10);
        assertThat(s.limits().allowedSymbols()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(s.limits().dailyLossLimit().percent()).isTrue();
        assertThat(RiskSettings.describe(s)).containsExactly(Map.entry("equity_pct", "5"),
                Map.entry("max_leverage", "10"), Map.entry("require_sl", "yes"), Map.entry("max_open", "3"),
                Map.entry("max_age", "60"), Map.entry("allow", "BTCUSDT,ETHUSDT"), Map.entry("deny", "DOGEUSDT"),
                Map.entry("max_trades_day", "4"), Map.entry("min_size_pct", "1"), Map.entry("max_size_pct", "20"),
                Map.entry("hours", "08:00-20:00"), Map.entry("daily_loss", "5%"), Map.entry("max_drawdown", "25"));
    }

    @Test
    void offClearsAndTheDescriptionReadsBackToTheSameSettings() {
        CopySettings set = RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(List.of("max_open=3",
                "daily_loss=200")));
        CopySettings cleared = RiskSettings.apply(set, RiskSettings.pairs(List.of("max_open=off", "daily_loss=off")));
        assertThat(cleared.maxOpenPositions()).isNull();
        assertThat(cleared.limits().dailyLossLimit()).isNull();
        List<String> words = RiskSettings.describe(set).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList();
        assertThat(RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(words))).isEqualTo(set);
    }

    @Test
    void aNewSizingReplacesTheCurrentOneAndOtherSettingsStay() {
        var current = RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(List.of("risk_pct=2", "max_open=3")));
        var next = RiskSettings.apply(current, RiskSettings.pairs(List.of("fixed=50")));
        assertThat(next.sizingMode()).isEqualTo(io.tradewire.trading.follow.SizingMode.FIXED_QUOTE);
        assertThat(next.sizingValue()).isEqualByComparingTo(new BigDecimal(50));
        assertThat(next.maxOpenPositions()).isEqualTo(3);
    }

    @Test
    void theEnginesMessagesComeBackUnderTheKeyTheUserTyped() {
        assertThatThrownBy(() -> RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(List.of("max_open=0"))))
                .isInstanceOf(CommandException.class).hasMessage("max_open must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(List.of("fixed=-1"))))
                .hasMessage("fixed must be greater than 0, got -1");
        assertThatThrownBy(() -> RiskSettings.apply(RiskSettings.BASE, RiskSettings.pairs(List.of("hours=9-5"))))
                .hasMessageStartingWith("hours must look like 08:00-20:00");
        assertThatThrownBy(() -> RiskSettings.pairs(List.of("=1"))).hasMessageStartingWith("'=1' is not key=value");
    }
}
