package io.tradewire.config;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups act on the plan their signal made on each account (linked by the reply, else the
 * provider's latest open signal on the symbol): close, close part, move the stop, cancel pending
 * entries, a reported target hit.
 */
@MicronautTest(transactional = false)
class FollowUpPlanApiTest extends PlanApiSupport {

    @Test
    void aCloseRepliedToOneSignalClosesOnlyWhatThatSignalHoldsAndAnUnrepliedOneTheLatest() {
        long p = provider("@fu");
        subscriber("fay", 100000);
        follow("fay", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 4200));
        price("BTCUSDT", "42000");
        long a = id(signal("@fu", "a1", null, "BTC/USDT LONG entry 42000 SL 41000 TP 45000"));
        price("BTCUSDT", "43000");
        long b = id(signal("@fu", "b1", null, "BTC/USDT LONG entry 43000 SL 42000 TP 46000"));
        assertThat(position("fay", "BTCUSDT")).isEqualByComparingTo("0.19767441");

        JsonNode first = signal("@fu", "c1", "a1", "Close BTC now");
        assertThat(first.get("signal").get("parent_signal_id").getLongValue()).isEqualTo(a);
        assertThat(decisionOf(first, "fay").get("reason").getStringValue()).isEqualTo("close 0.1 of 0.1 BTCUSDT"
                + " held by signal " + a + "; its pending entries are cancelled, its exits once the close fills");
        JsonNode close = first.get("orders").get(0);
        assertThat(close.get("leg").getStringValue()).isEqualTo("close");
        assertThat(close.get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.1");
        assertThat(close.get("fills").get(0).get("price").getBigDecimalValue()).isEqualByComparingTo("43000");
        assertLeg("fay", a, "sl", "stop", "41000", "0.1", "cancelled");
        assertLeg("fay", a, "tp-1", "limit", "45000", "0.1", "cancelled");
        assertThat(paperBook("fay", a, "sl")).isEqualTo("CANCELLED 0.1 41000");
        assertLeg("fay", b, "sl", "stop", "42000", "0.09767441", "placed");
        assertThat(position("fay", "BTCUSDT")).isEqualByComparingTo("0.09767441");

        JsonNode second = signal("@fu", "c2", null, "Close BTC now");
        assertThat(second.get("signal").get("parent_signal_id").getLongValue()).isEqualTo(b);
        assertThat(second.get("orders").get(0).get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.09767441");
        assertLeg("fay", b, "sl", "stop", "42000", "0.09767441", "cancelled");
        assertThat(position("fay", "BTCUSDT")).isZero();
        assertThat(events(signalView(b), "done")).isEqualTo("closed at 43000 by the provider's follow-up: the"
                + " remaining exits and pending entries are cancelled");
    }

    @Test
    void closingPartResizesTheExitsAndMovingTheStopAmendsIt() {
        long p = provider("@part");
        subscriber("pia", 10000);
        follow("pia", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 2000));
        price("ETHUSDT", "2000");
        long s = id(signal("@part", "1", null, "ETH/USDT LONG entry 2000 SL 1900 TP1 2100 TP2 2200"));
        price("ETHUSDT", "2050");

        JsonNode half = signal("@part", "2", "1", "Close half of ETH");
        assertThat(half.get("orders").get(0).get("quantity").getBigDecimalValue()).isEqualByComparingTo("0.5");
        assertThat(half.get("orders").get(0).get("fills").get(0).get("price").getBigDecimalValue())
                .isEqualByComparingTo("2050");
        assertLeg("pia", s, "sl", "stop", "1900", "0.5", "placed");
        assertLeg("pia", s, "tp-1", "limit", "2100", "0.25", "placed");
        assertLeg("pia", s, "tp-2", "limit", "2200", "0.25", "placed");
        assertThat(paperBook("pia", s, "tp-2")).isEqualTo("WORKING 0.25 2200");

        JsonNode move = signal("@part", "3", "1", "Move SL to 1950 on ETH");
        assertThat(decisionOf(move, "pia").get("reason").getStringValue()).isEqualTo("stop moved from 1900 to 1950");
        assertLeg("pia", s, "sl", "stop", "1950", "0.5", "placed");
        assertThat(paperBook("pia", s, "sl")).isEqualTo("WORKING 0.5 1950");
        assertThat(position("pia", "ETHUSDT")).isEqualByComparingTo("0.5");
    }

    @Test
    void aReportedTargetHitAppliesTheBreakevenRuleOfThatTarget() {
        long p = provider("@hit");
        subscriber("hal", 10000);
        follow("hal", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 2000, "breakeven_after_tp", 1));
        price("ETHUSDT", "2000");
        long s = id(signal("@hit", "1", null, "ETH/USDT LONG entry 2000 SL 1900 TP1 2100 TP2 2200"));
        // the provider's feed saw the first target; ours stopped just short of it
        price("ETHUSDT", "2095");

        JsonNode two = signal("@hit", "2", "1", "TP2 hit on ETH");
        assertThat(decisionOf(two, "hal").get("outcome").getStringValue()).isEqualTo("noted");
        assertLeg("hal", s, "sl", "stop", "1900", "1", "placed");

        JsonNode one = signal("@hit", "3", "1", "TP1 hit on ETH");
        assertThat(decisionOf(one, "hal").get("outcome").getStringValue()).isEqualTo("applied");
        assertThat(decisionOf(one, "hal").get("reason").getStringValue()).isEqualTo("provider reports target 1 hit"
                + " and breakeven_after_tp is 1: stop moved to breakeven 2000 (the average entry), from 1900");
        assertLeg("hal", s, "sl", "stop", "2000", "1", "placed");
        assertThat(paperBook("hal", s, "sl")).isEqualTo("WORKING 1 2000");
    }

    @Test
    void cancellingALadderThatHasNotFilledCancelsEveryOrderOfIt() {
        long p = provider("@cancel");
        subscriber("cid", 10000);
        follow("cid", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 900, "entry_mode", "ladder",
                "ladder_legs", 2));
        price("BTCUSDT", "45000");
        long s = id(signal("@cancel", "1", null, "BTC/USDT LONG Entry 42000-42600 SL 41000 TP 44000"));
        assertLeg("cid", s, "entry-1", "limit", "42600", "0.01", "placed");
        assertLeg("cid", s, "entry-2", "limit", "42000", "0.01", "placed");

        JsonNode cancel = signal("@cancel", "2", "1", "Cancel the pending BTCUSDT order");

        assertThat(decisionOf(cancel, "cid").get("reason").getStringValue()).isEqualTo("cancelled by the provider"
                + " (signal " + id(cancel) + "): all pending orders cancelled");
        assertLeg("cid", s, "entry-1", "limit", "42600", "0.01", "cancelled");
        assertLeg("cid", s, "entry-2", "limit", "42000", "0.01", "cancelled");
        assertLeg("cid", s, "sl", "stop", "41000", "0.02", "cancelled");
        assertLeg("cid", s, "tp-1", "limit", "44000", "0.02", "cancelled");
        assertThat(paperBook("cid", s, "entry-1")).isEqualTo("CANCELLED 0.01 42600");
        // the price reaching the old limits fills nothing
        price("BTCUSDT", "41500");
        assertThat(position("cid", "BTCUSDT")).isZero();
    }

    @Test
    void aFollowUpOfASignalThatOpenedNothingHereIsRefusedWithItsReason() {
        long p = provider("@none");
        subscriber("noa", 100);
        follow("noa", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 0.5));
        price("XRPUSDT", "0.5");
        JsonNode open = signal("@none", "1", null, "XRP/USDT LONG entry 0.5 SL 0.45 TP 0.6");
        assertThat(decisionOf(open, "noa").get("rule").getStringValue()).isEqualTo("venue_minimum");

        JsonNode close = signal("@none", "2", "1", "Close XRP now");

        JsonNode d = decisionOf(close, "noa");
        assertThat(d.get("outcome").getStringValue()).isEqualTo("refused");
        assertThat(d.get("rule").getStringValue()).isEqualTo("no_position");
        assertThat(d.get("reason").getStringValue()).isEqualTo("signal " + id(open)
                + " opened nothing on this account, so there is nothing to close");
        assertThat(close.get("orders").size()).isZero();
    }
}
