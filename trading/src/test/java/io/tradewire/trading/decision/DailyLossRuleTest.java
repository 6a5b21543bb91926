package io.tradewire.trading.decision;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.follow.DailyLossLimit;
import io.tradewire.trading.follow.Limits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static io.tradewire.trading.decision.Contexts.NOW;
import static io.tradewire.trading.decision.Contexts.context;
import static io.tradewire.trading.decision.Contexts.follow;
import static io.tradewire.trading.decision.Contexts.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DailyLossRuleTest {
    static Limits limit(String l) {
        return new Limits(null, Set.of(), Set.of(), null, null, null, null, DailyLossLimit.parse(l), null);
    }

    static RuleCheck check(String limit, String resultToday) {
        // the account holds 1000 now; the day started with 1000 minus today's result
        return new DailyLossRule().check(context(open("BTCUSDT", "100", "90"), follow(limit(limit)), NOW, 0, "UTC",
                new BigDecimal(resultToday)));
    }

    @Test
    void aPercentOfTheDaysStartingBalance() {
        // lost 40 today: started at 1040, 5% of it is 52
        assertThat(check("5%", "-40")).isEqualTo(RuleCheck.ALLOWED);
        // lost 60: started at 1060, 5% is 53
        assertThat(check("5%", "-60")).isEqualTo(new RuleCheck.Refused("daily_loss_limit",
                "today's loss 60.00 USDT has reached daily_loss_limit 5% (53.00)"));
        assertThat(check("5%", "25")).isEqualTo(RuleCheck.ALLOWED);
    }

    @Test
    void anAmount() {
        assertThat(check("50", "-49.99")).isEqualTo(RuleCheck.ALLOWED);
        assertThat(check("50", "-50")).isInstanceOf(RuleCheck.Refused.class);
    }

    @Test
    void badLimitsNameTheSetting() {
        assertThatThrownBy(() -> DailyLossLimit.parse("lots")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo("daily_loss_limit must look like 5% or 200, got 'lots'"));
        assertThatThrownBy(() -> DailyLossLimit.parse("150%")).hasMessageContaining("got 150%");
        assertThatThrownBy(() -> DailyLossLimit.parse("0")).hasMessageContaining("an amount above 0");
    }
}
