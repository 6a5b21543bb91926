package io.tradewire.config;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exits watched by Tradewire: the paper venue runs with {@code tradewire.paper.native-exits}
 * off, as a venue without stop orders would, so stops and targets stay WATCHING rows the price
 * watcher fires at market when a price crosses them.
 */
@MicronautTest(transactional = false)
class WatchedExitsApiTest extends PlanApiSupport {

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("tradewire.paper.native-exits", "false");
        return properties;
    }

    @Test
    void watchedExitsFireAtMarketWhenCrossedAndTheStopCancelsTheRest() {
        long p = provider("@watch");
        subscriber("walt", 10000);
        follow("walt", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 2000, "breakeven_after_tp", 1));
        price("ETHUSDT", "2000");

        JsonNode r = signal("@watch", "1", null, "ETH/USDT LONG entry 2000 SL 1900 TP1 2100 TP2 2200");
        long s = id(r);
        assertThat(decisionOf(r, "walt").get("reason").getStringValue()).endsWith("; exits are watched by Tradewire"
                + " (the venue keeps no stop orders) and sent at market when the price crosses them");
        assertLeg("walt", s, "entry-1", "market", null, "1", "filled");
        assertLeg("walt", s, "sl", "stop", "1900", "1", "watching");
        assertLeg("walt", s, "tp-1", "limit", "2100", "0.5", "watching");
        assertLeg("walt", s, "tp-2", "limit", "2200", "0.5", "watching");
        assertThat(leg("walt", s, "sl").get("armed").getBooleanValue()).isTrue();
        // nothing but the entry ever reached the venue
        assertThat(text("select count(*) from paper_orders where symbol = 'ETHUSDT'")).isEqualTo("1");

        // below the target nothing fires
        price("ETHUSDT", "2090");
        assertLeg("walt", s, "tp-1", "limit", "2100", "0.5", "watching");

        // the target is crossed: Tradewire sends it at market, the stop shrinks and moves to breakeven
        price("ETHUSDT", "2105");
        assertLeg("walt", s, "tp-1", "market", "2100", "0.5", "filled");
        assertThat(fillPrice("walt", s, "tp-1")).isEqualByComparingTo("2105");
        assertLeg("walt", s, "sl", "stop", "2000", "0.5", "watching");

        price("ETHUSDT", "1995");
        assertLeg("walt", s, "sl", "market", "2000", "0.5", "filled");
        assertThat(fillPrice("walt", s, "sl")).isEqualByComparingTo("1995");
        assertLeg("walt", s, "tp-2", "limit", "2200", "0.5", "cancelled");
        assertThat(position("walt", "ETHUSDT")).isZero();
        assertThat(events(signalView(s), "fired")).isEqualTo("tp-1: target 2100 crossed at 2105, sent at market by"
                + " Tradewire | sl: stop 2000 crossed at 1995, sent at market by Tradewire");
        // the watched exits went to the venue only when fired, as market orders
        assertThat(text("select string_agg(type, ',' order by id) from paper_orders where symbol = 'ETHUSDT'"))
                .isEqualTo("MARKET,MARKET,MARKET");
        price("ETHUSDT", "2300");
        assertLeg("walt", s, "tp-2", "limit", "2200", "0.5", "cancelled");
        assertThat(position("walt", "ETHUSDT")).isZero();
    }

    @Test
    void aWatchedTrailingStopMovesInPlaceAndNeverLoosens() {
        long p = provider("@wtrail");
        subscriber("wynn", 10000);
        follow("wynn", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000, "trailing_stop", "2%"));
        price("AVAXUSDT", "100");

        long s = id(signal("@wtrail", "1", null, "AVAX/USDT SHORT entry 100 SL 110 TP 80"));
        assertLeg("wynn", s, "sl", "stop", "110", "10", "watching");

        // a short's stop trails above the lowest price: 2% of 95 is 1.9
        price("AVAXUSDT", "95");
        assertLeg("wynn", s, "sl", "stop", "96.9", "10", "watching");
        price("AVAXUSDT", "90");
        assertLeg("wynn", s, "sl", "stop", "91.8", "10", "watching");
        price("AVAXUSDT", "91");
        assertLeg("wynn", s, "sl", "stop", "91.8", "10", "watching");

        price("AVAXUSDT", "92");
        assertLeg("wynn", s, "sl", "market", "91.8", "10", "filled");
        assertThat(fillPrice("wynn", s, "sl")).isEqualByComparingTo("92");
        assertLeg("wynn", s, "tp-1", "limit", "80", "10", "cancelled");
        assertThat(position("wynn", "AVAXUSDT")).isZero();
    }
}
