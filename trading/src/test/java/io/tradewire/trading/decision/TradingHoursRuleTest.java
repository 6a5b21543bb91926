package io.tradewire.trading.decision;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.follow.Limits;
import io.tradewire.trading.follow.TradingHours;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.Set;

import static io.tradewire.trading.decision.Contexts.NOW;
import static io.tradewire.trading.decision.Contexts.context;
import static io.tradewire.trading.decision.Contexts.follow;
import static io.tradewire.trading.decision.Contexts.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradingHoursRuleTest {
    static Limits hours(String h) {
        return new Limits(null, Set.of(), Set.of(), null, null, null, TradingHours.parse(h), null, null);
    }

    @Test
    void windowsAndWindowsThatWrapMidnight() {
        assertThat(TradingHours.parse("08:00-20:00").contains(LocalTime.of(8, 0))).isTrue();
        assertThat(TradingHours.parse("08:00-20:00").contains(LocalTime.of(20, 0))).isFalse();
        assertThat(TradingHours.parse("22:00-06:00").contains(LocalTime.of(23, 30))).isTrue();
        assertThat(TradingHours.parse("22:00-06:00").contains(LocalTime.of(5, 59))).isTrue();
        assertThat(TradingHours.parse("22:00-06:00").contains(LocalTime.of(12, 0))).isFalse();
    }

    @Test
    void theRuleReadsTheClockInTheSubscribersZone() {
        var rule = new TradingHoursRule();
        // NOW is 12:00 UTC: 13:00 in Berlin, 07:00 in New York
        var nineToFive = follow(hours("09:00-17:00"));

        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), nineToFive, NOW, 0, "Europe/Berlin")))
                .isEqualTo(RuleCheck.ALLOWED);
        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), nineToFive, NOW, 0, "America/New_York")))
                .isEqualTo(new RuleCheck.Refused("trading_hours",
                        "it is 07:00 in America/New_York, outside trading_hours 09:00-17:00"));
        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), follow(Limits.NONE), NOW, 0, "UTC")))
                .isEqualTo(RuleCheck.ALLOWED);
    }

    @Test
    void badHoursNameTheSetting() {
        assertThatThrownBy(() -> TradingHours.parse("9-17")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("trading_hours");
            assertThat(e.getMessage()).isEqualTo("trading_hours must look like 08:00-20:00 (24-hour, may wrap midnight), got '9-17'");
        });
        assertThatThrownBy(() -> TradingHours.parse("25:00-26:00")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TradingHours.parse("10:00-10:00"))
                .hasMessage("trading_hours must not start and end at the same time");
    }
}
