package io.tradewire.trading.decision;

import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.follow.Limits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static io.tradewire.trading.decision.Contexts.NOW;
import static io.tradewire.trading.decision.Contexts.follow;
import static io.tradewire.trading.decision.Contexts.open;
import static org.assertj.core.api.Assertions.assertThat;

class MaxDrawdownRuleTest {
    static RuleCheck check(String cash, String peak, String max) {
        var limits = new Limits(null, Set.of(), Set.of(), null, null, null, null, null,
                max == null ? null : new BigDecimal(max));
        var account = new VenueAccount(1L, 1L, VenueKind.PAPER, "paper", "USDT", new BigDecimal(cash), false, NOW,
                new BigDecimal(peak));
        return new MaxDrawdownRule().check(new OpenContext(open("BTCUSDT", "100", "90"), follow(limits),
                new Subscriber(1L, "sam", "UTC", false, NOW), account, 0, null, NOW, NOW, 0, BigDecimal.ZERO));
    }

    @Test
    void entriesStopOnceTheBalanceIsTheLimitBelowItsPeak() {
        assertThat(check("910", "1000", "10")).isEqualTo(RuleCheck.ALLOWED);
        assertThat(check("900", "1000", "10")).isEqualTo(new RuleCheck.Refused("max_drawdown",
                "the balance is 10.0% below its peak 1000.00; max_drawdown_pct is 10"));
        assertThat(check("500", "1000", null)).isEqualTo(RuleCheck.ALLOWED);
    }
}
