package io.tradewire.trading.decision;

import io.tradewire.trading.follow.Limits;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.tradewire.trading.decision.Contexts.NOW;
import static io.tradewire.trading.decision.Contexts.context;
import static io.tradewire.trading.decision.Contexts.follow;
import static io.tradewire.trading.decision.Contexts.open;
import static org.assertj.core.api.Assertions.assertThat;

class FilterRulesTest {
    @Test
    void aPostOlderThanTheFollowAllowsIsNotCopied() {
        var limits = new Limits(60, Set.of(), Set.of(), null);
        var rule = new MaxSignalAgeRule();

        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), follow(limits), NOW.minusSeconds(60), 0)))
                .isEqualTo(RuleCheck.ALLOWED);
        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), follow(limits), NOW.minusSeconds(61), 0)))
                .isEqualTo(new RuleCheck.Refused("max_signal_age", "the post is 61 s old; max_signal_age_seconds is 60"));
        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), follow(Limits.NONE), NOW.minusSeconds(9999), 0)))
                .isEqualTo(RuleCheck.ALLOWED);
    }

    @Test
    void allowAndDenyListsOfSymbols() {
        var rule = new SymbolFilterRule();
        var allowOnlyBtc = follow(new Limits(null, Set.of("btcusdt"), Set.of(), null));
        var denyDoge = follow(new Limits(null, Set.of(), Set.of("DOGEUSDT"), null));

        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), allowOnlyBtc, NOW, 0))).isEqualTo(RuleCheck.ALLOWED);
        assertThat(rule.check(context(open("ETHUSDT", "100", "90"), allowOnlyBtc, NOW, 0)))
                .isEqualTo(new RuleCheck.Refused("allowed_symbols", "ETHUSDT is not in this follow's allowed symbols [BTCUSDT]"));
        assertThat(rule.check(context(open("DOGEUSDT", "1", "0.9"), denyDoge, NOW, 0)))
                .isEqualTo(new RuleCheck.Refused("denied_symbols", "DOGEUSDT is in this follow's denied symbols"));
        assertThat(rule.check(context(open("ETHUSDT", "100", "90"), denyDoge, NOW, 0))).isEqualTo(RuleCheck.ALLOWED);
    }

    @Test
    void tradesPerDayAreCapped() {
        var rule = new MaxTradesPerDayRule();
        var twoADay = follow(new Limits(null, Set.of(), Set.of(), 2));

        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), twoADay, NOW, 1))).isEqualTo(RuleCheck.ALLOWED);
        assertThat(rule.check(context(open("BTCUSDT", "100", "90"), twoADay, NOW, 2))).isEqualTo(
                new RuleCheck.Refused("max_trades_per_day", "this follow already entered 2 trades today; max_trades_per_day is 2"));
    }

    @Test
    void aFlaggedSignalIsRefusedWithItsProblem() {
        var flagged = open("BTCUSDT", "100", "110");
        flagged = new io.tradewire.trading.signal.StoredSignal(flagged.id(), flagged.inboxMessageId(), flagged.providerId(),
                null, flagged.kind(), flagged.symbol(), flagged.side(), null, flagged.entry(), null, null,
                flagged.stopLoss(), flagged.takeProfits(), null, null, null, null, false, null,
                "invalid_prices: the stop loss 110 is at or above the entry 100 of a buy", "test", false, NOW, 0);

        assertThat(new FlaggedSignalRule().check(context(flagged, follow(Limits.NONE), NOW, 0))).isEqualTo(
                new RuleCheck.Refused("flagged_signal", "invalid_prices: the stop loss 110 is at or above the entry 100 of a buy"));
        assertThat(new FlaggedSignalRule().check(context(open("BTCUSDT", "100", "90"), follow(Limits.NONE), NOW, 0)))
                .isEqualTo(RuleCheck.ALLOWED);
    }
}
