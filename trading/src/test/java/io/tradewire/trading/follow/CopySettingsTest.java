package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class CopySettingsTest {
    @Test
    void eachBadSettingIsNamedWithItsAllowedRange() {
        assertRefused(() -> new CopySettings(SizingMode.RISK_PERCENT, new BigDecimal("11"), null, false, null),
                "sizing_value", "sizing_value for risk_percent must be in (0, 10], got 11");
        assertRefused(() -> new CopySettings(SizingMode.EQUITY_PERCENT, new BigDecimal("101"), null, false, null),
                "sizing_value", "sizing_value for equity_percent must be in (0, 100], got 101");
        assertRefused(() -> new CopySettings(SizingMode.FIXED_QUOTE, BigDecimal.ZERO, null, false, null),
                "sizing_value", "sizing_value must be greater than 0, got 0");
        assertRefused(() -> new CopySettings(SizingMode.FIXED_QUOTE, BigDecimal.TEN, 200, false, null),
                "max_leverage", "max_leverage must be between 1 and 125, got 200");
        assertRefused(() -> new CopySettings(SizingMode.FIXED_QUOTE, BigDecimal.TEN, null, false, 0),
                "max_open_positions", "max_open_positions must be between 1 and 1000, got 0");
        assertRefused(() -> new Limits(0, java.util.Set.of(), java.util.Set.of(), null), "max_signal_age_seconds",
                "max_signal_age_seconds must be between 1 and 86400, got 0");
        assertRefused(() -> new Limits(null, java.util.Set.of(), java.util.Set.of(), 0), "max_trades_per_day",
                "max_trades_per_day must be between 1 and 1000, got 0");
        assertRefused(() -> new Limits(null, java.util.Set.of("BTC/USDT"), java.util.Set.of(), null), "allowed_symbols",
                "allowed_symbols holds 'BTC/USDT'; symbols are 2 to 20 letters or digits, like BTCUSDT");
        assertRefused(() -> new Limits(null, java.util.Set.of("BTCUSDT"), java.util.Set.of("btcusdt"), null),
                "denied_symbols", "BTCUSDT is both allowed and denied");
        assertRefused(() -> new Limits(null, java.util.Set.of(), java.util.Set.of(), null, new BigDecimal("5"),
                new BigDecimal("2")), "min_position_pct", "min_position_pct 5 is above max_position_pct 2");
        assertRefused(() -> new Limits(null, java.util.Set.of(), java.util.Set.of(), null, null, new BigDecimal("0")),
                "max_position_pct", "max_position_pct must be in (0, 1000] (above 100 only with leverage), got 0");
        assertRefused(() -> new CopySettings(SizingMode.KELLY, new BigDecimal("1.5"), null, false, null),
                "sizing_value", "sizing_value for kelly is the fraction of the Kelly stake, in (0, 1], got 1.5");
        assertRefused(() -> SizingMode.parse("yolo"), "sizing_mode",
                "sizing_mode must be fixed_quote, equity_percent, risk_percent or kelly, got 'yolo'");
    }

    @Test
    void goodSettingsAreKept() {
        var s = new CopySettings(SizingMode.RISK_PERCENT, new BigDecimal("10"), 125, true, 1000);
        assertThat(s.maxLeverage()).isEqualTo(125);
    }

    private static void assertRefused(Runnable r, String field, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
