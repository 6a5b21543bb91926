package io.tradewire.config;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order plans on the paper venue with native exits (its default): ladders, take-profit splits,
 * stops and targets resting as paper STOP and LIMIT orders that fill when a price crosses them,
 * breakeven, trailing stops, one exit cancelling the others. All through the REST API.
 */
@MicronautTest(transactional = false)
class OrderPlanApiTest extends PlanApiSupport {

    @Test
    void aLadderRestsAcrossTheZoneAndFillsLegByLegAsThePriceComesDown() {
        long p = provider("@ladder");
        subscriber("lara", 10000);
        follow("lara", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 900, "entry_mode", "ladder",
                "ladder_legs", 3));
        price("BTCUSDT", "45000");

        // 900 at the ticker 45000 is 0.02 BTC, in three limits across the zone, the highest first
        JsonNode r = signal("@ladder", "1", null, "BTC/USDT LONG\nEntry 42000-42600\nTP1 43000\nTP2 44000\nSL 41000");
        long s = id(r);
        assertThat(decisionOf(r, "lara").get("reason").getStringValue())
                .startsWith("buy 0.02 BTCUSDT ladder of 3 limits 42600 x 0.00666666, 42300 x 0.00666666,"
                        + " 42000 x 0.00666668: 900 of quote currency at 45000")
                .contains("; stop 41000 for 0.02; targets 43000 x 0.01, 44000 x 0.01 (equal split)")
                .endsWith("; exits rest on the venue as reduce-only orders once an entry fills (native exits)");
        assertLeg("lara", s, "entry-1", "limit", "42600", "0.00666666", "placed");
        assertLeg("lara", s, "entry-2", "limit", "42300", "0.00666666", "placed");
        assertLeg("lara", s, "entry-3", "limit", "42000", "0.00666668", "placed");
        assertThat(paperBook("lara", s, "entry-3")).isEqualTo("WORKING 0.00666668 42000");
        // the exits wait for an entry: not on the venue yet
        assertLeg("lara", s, "sl", "stop", "41000", "0.02", "watching");
        assertLeg("lara", s, "tp-1", "limit", "43000", "0.01", "watching");
        assertThat(leg("lara", s, "sl").get("armed").getBooleanValue()).isFalse();
        assertThat(leg("lara", s, "sl").get("status_reason").getStringValue()).isEqualTo("waits for an entry to fill");
        assertThat(text("select count(*) from paper_orders where symbol = 'BTCUSDT'")).isEqualTo("3");

        // the price comes down through the first limit: it fills at its limit and arms the exits for it
        price("BTCUSDT", "42500");
        assertLeg("lara", s, "entry-1", "limit", "42600", "0.00666666", "filled");
        assertThat(fillPrice("lara", s, "entry-1")).isEqualByComparingTo("42600");
        assertLeg("lara", s, "entry-2", "limit", "42300", "0.00666666", "placed");
        assertLeg("lara", s, "sl", "stop", "41000", "0.00666666", "placed");
        assertLeg("lara", s, "tp-1", "limit", "43000", "0.00333333", "placed");
        assertLeg("lara", s, "tp-2", "limit", "44000", "0.00333333", "placed");
        assertThat(paperBook("lara", s, "sl")).isEqualTo("WORKING 0.00666666 41000");
        assertThat(position("lara", "BTCUSDT")).isEqualByComparingTo("0.00666666");

        // the second limit fills: the resting exits are amended on the venue to cover both
        price("BTCUSDT", "42200");
        assertLeg("lara", s, "entry-2", "limit", "42300", "0.00666666", "filled");
        assertLeg("lara", s, "sl", "stop", "41000", "0.01333332", "placed");
        assertLeg("lara", s, "tp-1", "limit", "43000", "0.00666666", "placed");
        assertLeg("lara", s, "tp-2", "limit", "44000", "0.00666666", "placed");
        assertThat(paperBook("lara", s, "sl")).isEqualTo("WORKING 0.01333332 41000");
        assertThat(paperBook("lara", s, "tp-2")).isEqualTo("WORKING 0.00666666 44000");

        // the provider cancels what is pending: the last limit is cancelled on the venue, the exits stay
        JsonNode cancel = signal("@ladder", "2", "1", "Cancel the pending BTCUSDT order");
        assertThat(decisionOf(cancel, "lara").get("outcome").getStringValue()).isEqualTo("applied");
        assertThat(decisionOf(cancel, "lara").get("reason").getStringValue()).isEqualTo("cancelled by the provider"
                + " (signal " + id(cancel) + "): cancelled entry-3; the exits keep covering the 0.01333332 held");
        assertLeg("lara", s, "entry-3", "limit", "42000", "0.00666668", "cancelled");
        assertThat(paperBook("lara", s, "entry-3")).isEqualTo("CANCELLED 0.00666668 42000");
        assertLeg("lara", s, "sl", "stop", "41000", "0.01333332", "placed");
        price("BTCUSDT", "41900");
        assertThat(position("lara", "BTCUSDT")).isEqualByComparingTo("0.01333332");
    }

    @Test
    void takeProfitsAreSplitEquallyByWeightsOrAtOneTarget() {
        long p = provider("@split");
        Map<String, Map<String, ?>> splits = Map.of(
                "eq", Map.of(),
                "wt", Map.of("tp_split", "weights", "tp_weights", List.of(50, 30, 20)),
                "few", Map.of("tp_weights", List.of(60, 40)),
                "many", Map.of("tp_split", "weights", "tp_weights", List.of(40, 30, 20, 10)),
                "last", Map.of("tp_split", "single", "tp_single_target", "last"),
                "first", Map.of("tp_split", "single"));
        splits.forEach((name, settings) -> {
            subscriber(name, 10000);
            var all = new java.util.HashMap<String, Object>(Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000));
            all.putAll(settings);
            follow(name, p, all);
        });
        price("SOLUSDT", "100");

        long s = id(signal("@split", "1", null, "SOL/USDT LONG entry 100 SL 90 TP1 110 TP2 120 TP3 130"));

        // 10 SOL each; equal thirds floored to the lot step, the last taking the rest
        assertLeg("eq", s, "tp-1", "limit", "110", "3.33333333", "placed");
        assertLeg("eq", s, "tp-2", "limit", "120", "3.33333333", "placed");
        assertLeg("eq", s, "tp-3", "limit", "130", "3.33333334", "placed");
        assertLeg("wt", s, "tp-1", "limit", "110", "5", "placed");
        assertLeg("wt", s, "tp-2", "limit", "120", "3", "placed");
        assertLeg("wt", s, "tp-3", "limit", "130", "2", "placed");
        // fewer weights than targets: the third target gets no leg
        assertLeg("few", s, "tp-1", "limit", "110", "6", "placed");
        assertLeg("few", s, "tp-2", "limit", "120", "4", "placed");
        assertThat(hasLeg("few", s, "tp-3")).isFalse();
        // more weights than targets: the weights past the last target go to it (20 + 10)
        assertLeg("many", s, "tp-1", "limit", "110", "4", "placed");
        assertLeg("many", s, "tp-2", "limit", "120", "3", "placed");
        assertLeg("many", s, "tp-3", "limit", "130", "3", "placed");
        assertLeg("last", s, "tp-3", "limit", "130", "10", "placed");
        assertThat(hasLeg("last", s, "tp-1")).isFalse();
        assertLeg("first", s, "tp-1", "limit", "110", "10", "placed");
        assertThat(hasLeg("first", s, "tp-2")).isFalse();
        for (String name : splits.keySet()) {
            assertLeg(name, s, "sl", "stop", "90", "10", "placed");
        }
    }

    @Test
    void stopAndTargetsRestOnPaperBreakevenAfterTheFirstAndTheStopCancelsTheRest() {
        long p = provider("@native");
        subscriber("nat", 10000);
        follow("nat", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 2000, "breakeven_after_tp", 1));
        price("ETHUSDT", "2000");

        long s = id(signal("@native", "1", null, "ETH/USDT LONG entry 2000 SL 1900 TP1 2100 TP2 2200"));
        assertLeg("nat", s, "entry-1", "market", null, "1", "filled");
        assertLeg("nat", s, "sl", "stop", "1900", "1", "placed");
        assertLeg("nat", s, "tp-1", "limit", "2100", "0.5", "placed");
        assertLeg("nat", s, "tp-2", "limit", "2200", "0.5", "placed");
        assertThat(paperBook("nat", s, "sl")).isEqualTo("WORKING 1 1900");

        // the first target fills at its limit; the stop shrinks to what is left and moves to breakeven
        price("ETHUSDT", "2120");
        assertLeg("nat", s, "tp-1", "limit", "2100", "0.5", "filled");
        assertThat(fillPrice("nat", s, "tp-1")).isEqualByComparingTo("2100");
        assertLeg("nat", s, "sl", "stop", "2000", "0.5", "placed");
        assertThat(paperBook("nat", s, "sl")).isEqualTo("WORKING 0.5 2000");
        assertThat(events(signalView(s), "breakeven"))
                .isEqualTo("tp-1 filled: stop moved to breakeven 2000 (the average entry), from 1900");

        // the price falls through the stop: it fills at that price and the last target is cancelled
        price("ETHUSDT", "1990");
        assertLeg("nat", s, "sl", "stop", "2000", "0.5", "filled");
        assertThat(fillPrice("nat", s, "sl")).isEqualByComparingTo("1990");
        assertLeg("nat", s, "tp-2", "limit", "2200", "0.5", "cancelled");
        assertThat(paperBook("nat", s, "tp-2")).isEqualTo("CANCELLED 0.5 2200");
        assertThat(position("nat", "ETHUSDT")).isZero();
        assertThat(events(signalView(s), "done")).isEqualTo("the stop filled at 1990: the take-profits and"
                + " pending entries are cancelled (one cancels the other)");
        // 0.5 won 100, 0.5 lost 10
        assertThat(text("select trim_scale(realized_pnl) from positions p join venue_accounts a on a.id = p.account_id"
                + " join subscribers u on u.id = a.subscriber_id where u.name = 'nat'")).isEqualTo("45");
    }

    @Test
    void whenTheLastTargetFillsTheStopIsCancelled() {
        long p = provider("@targets");
        subscriber("tess", 10000);
        follow("tess", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000));
        price("LINKUSDT", "20");

        long s = id(signal("@targets", "1", null, "LINK/USDT LONG entry 20 SL 18 TP1 22 TP2 24"));
        price("LINKUSDT", "22.5");
        assertLeg("tess", s, "tp-1", "limit", "22", "25", "filled");
        assertLeg("tess", s, "sl", "stop", "18", "25", "placed");
        price("LINKUSDT", "24.1");

        assertLeg("tess", s, "tp-2", "limit", "24", "25", "filled");
        assertLeg("tess", s, "sl", "stop", "18", "25", "cancelled");
        assertThat(paperBook("tess", s, "sl")).isEqualTo("CANCELLED 25 18");
        assertThat(position("tess", "LINKUSDT")).isZero();
        price("LINKUSDT", "17");
        assertThat(position("tess", "LINKUSDT")).isZero();
    }

    @Test
    void aTrailingStopFollowsTheBestPriceAndNeverLoosens() {
        long p = provider("@trail");
        subscriber("tom", 10000);
        follow("tom", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000, "trailing_stop", "20"));
        price("BNBUSDT", "500");

        long s = id(signal("@trail", "1", null, "BNB/USDT LONG entry 500 SL 450 TP 700"));
        assertLeg("tom", s, "sl", "stop", "450", "2", "placed");

        price("BNBUSDT", "510");
        assertLeg("tom", s, "sl", "stop", "490", "2", "placed");
        assertThat(paperBook("tom", s, "sl")).isEqualTo("WORKING 2 490");
        price("BNBUSDT", "530");
        assertLeg("tom", s, "sl", "stop", "510", "2", "placed");
        // a step back does not loosen it
        price("BNBUSDT", "520");
        assertLeg("tom", s, "sl", "stop", "510", "2", "placed");
        assertThat(paperBook("tom", s, "sl")).isEqualTo("WORKING 2 510");

        price("BNBUSDT", "505");
        assertLeg("tom", s, "sl", "stop", "510", "2", "filled");
        assertThat(fillPrice("tom", s, "sl")).isEqualByComparingTo("505");
        assertLeg("tom", s, "tp-1", "limit", "700", "2", "cancelled");
        assertThat(events(signalView(s), "trailing")).isEqualTo(
                "trailing stop 20 behind the best price 510: stop moved from 450 to 490"
                        + " | trailing stop 20 behind the best price 530: stop moved from 490 to 510");
    }

    @Test
    void aTrailingStopWithoutASignalStopStartsFromTheEntry() {
        long p = provider("@trail2");
        subscriber("tia", 10000);
        follow("tia", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000, "trailing_stop", "5%"));
        price("DOTUSDT", "10");

        JsonNode r = signal("@trail2", "1", null, "DOT/USDT LONG entry 10 TP 12");
        long s = id(r);
        assertThat(decisionOf(r, "tia").get("reason").getStringValue())
                .contains("; stop trailing from the entry for 100; targets 12 x 100 (equal split); trailing stop 5%;");
        // 5% below the entry's 10
        assertLeg("tia", s, "sl", "stop", "9.5", "100", "placed");
        price("DOTUSDT", "11");
        assertLeg("tia", s, "sl", "stop", "10.45", "100", "placed");
    }

    private boolean hasLeg(String subscriber, long signalId, String leg) {
        try {
            leg(subscriber, signalId, leg);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
