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
        assertRefused(() -> SizingMode.parse("yolo"), "sizing_mode",
                "sizing_mode must be fixed_quote, equity_percent or risk_percent, got 'yolo'");
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
