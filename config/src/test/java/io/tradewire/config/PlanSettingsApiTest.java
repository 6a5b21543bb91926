package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan settings over REST: every bad value is a 400 naming the setting and its allowed range with
 * nothing written; a subscriber's defaults fill what a follow leaves unset, group by group.
 */
@MicronautTest(transactional = false)
class PlanSettingsApiTest extends PlanApiSupport {

    @Test
    void everyBadPlanSettingIsRefusedNamingItAndItsRange() {
        long p = provider("@bad");
        subscriber("bea", 10000);
        String weights = "1 to 10 numbers, each above 0 and at most 100, like [50, 30, 20]";
        Map<Map<String, ?>, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put(Map.of("tp_split", "halves"), new String[] {"tp_split",
                "tp_split must be equal, weights or single, got 'halves'"});
        cases.put(Map.of("tp_split", "weights"), new String[] {"tp_weights",
                "tp_weights is required with tp_split weights: " + weights});
        cases.put(Map.of("tp_weights", List.of(50, 0)), new String[] {"tp_weights",
                "tp_weights must be " + weights + "; got [50, 0]"});
        cases.put(Map.of("tp_weights", List.of(50, 101)), new String[] {"tp_weights",
                "tp_weights must be " + weights + "; got [50, 101]"});
        cases.put(Map.of("tp_weights", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)), new String[] {"tp_weights",
                "tp_weights must be " + weights + "; got [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"});
        cases.put(Map.of("tp_split", "equal", "tp_weights", List.of(50, 50)), new String[] {"tp_weights",
                "tp_weights is only read with tp_split weights, and tp_split is equal"});
        cases.put(Map.of("tp_single_target", "middle"), new String[] {"tp_single_target",
                "tp_single_target must be first or last, got 'middle'"});
        cases.put(Map.of("tp_split", "equal", "tp_single_target", "last"), new String[] {"tp_single_target",
                "tp_single_target (first or last) is only read with tp_split single, and tp_split is equal"});
        cases.put(Map.of("entry_mode", "twap"), new String[] {"entry_mode",
                "entry_mode must be market or ladder, got 'twap'"});
        cases.put(Map.of("ladder_legs", 1), new String[] {"ladder_legs", "ladder_legs must be between 2 and 10, got 1"});
        cases.put(Map.of("ladder_legs", 11), new String[] {"ladder_legs",
                "ladder_legs must be between 2 and 10, got 11"});
        cases.put(Map.of("entry_mode", "market", "ladder_legs", 3), new String[] {"ladder_legs",
                "ladder_legs (2 to 10) is only read with entry_mode ladder, and entry_mode is market"});
        cases.put(Map.of("breakeven_after_tp", 0), new String[] {"breakeven_after_tp",
                "breakeven_after_tp must be between 1 and 10, got 0"});
        cases.put(Map.of("breakeven_after_tp", 11), new String[] {"breakeven_after_tp",
                "breakeven_after_tp must be between 1 and 10, got 11"});
        String trailing = "trailing_stop must be a percent in (0, 50] like 2% or a price distance above 0 like 150, got ";
        cases.put(Map.of("trailing_stop", "60%"), new String[] {"trailing_stop", trailing + "60%"});
        cases.put(Map.of("trailing_stop", "0%"), new String[] {"trailing_stop", trailing + "0%"});
        cases.put(Map.of("trailing_stop", "-5"), new String[] {"trailing_stop", trailing + "-5"});
        cases.put(Map.of("trailing_stop", "tight"), new String[] {"trailing_stop", trailing + "'tight'"});
        cases.put(Map.of("fixed_leverage", 0), new String[] {"fixed_leverage",
                "fixed_leverage must be between 1 and 125, got 0"});
        cases.put(Map.of("fixed_leverage", 126), new String[] {"fixed_leverage",
                "fixed_leverage must be between 1 and 125, got 126"});
        cases.put(Map.of("fixed_leverage", 5, "max_leverage", 10), new String[] {"fixed_leverage",
                "fixed_leverage and max_leverage exclude each other: max_leverage (1 to 125) caps the signal's"
                        + " leverage, fixed_leverage (1 to 125) always uses one; set only one of them"});

        cases.forEach((settings, expected) -> {
            var body = new HashMap<String, Object>(Map.of("subscriber", "bea", "provider_id", p,
                    "sizing_mode", "fixed_quote", "sizing_value", 100));
            body.putAll(settings);
            assertRefused(refused("/api/follows", body), expected[0], expected[1]);
            // the same checks guard a subscriber's defaults
            var defaults = new HashMap<String, Object>(settings);
            assertRefused(refusedPut("/api/subscribers/bea/defaults", defaults), expected[0], expected[1]);
        });

        assertThat(sql("select count(*) from follows f join subscribers s on s.id = f.subscriber_id"
                + " where s.name = 'bea'")).isZero();
        assertThat(sql("select count(*) from subscriber_defaults")).isZero();
    }

    @Test
    void aFollowTakesItsSubscribersDefaultsForWhatItLeavesUnset() {
        long plain = provider("@dflt1");
        long own = provider("@dflt2");
        subscriber("dee", 10000);
        JsonNode stored = put("/api/subscribers/dee/defaults", Map.of("tp_weights", List.of(70, 30),
                "breakeven_after_tp", 1, "trailing_stop", "3%", "fixed_leverage", 2));
        assertThat(stored.get("tp_split").getStringValue()).isEqualTo("weights");
        assertThat(stored.get("trailing_stop").getStringValue()).isEqualTo("3%");
        JsonNode read = http.toBlocking().retrieve(HttpRequest.GET("/api/subscribers/dee/defaults")
                .header("Authorization", ADMIN), JsonNode.class);
        assertThat(read.get("tp_weights").get(0).getBigDecimalValue()).isEqualByComparingTo("70");
        assertThat(read.get("fixed_leverage").getIntValue()).isEqualTo(2);
        assertThat(read.get("entry_mode").isNull()).isTrue();

        follow("dee", plain, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000));
        follow("dee", own, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000, "tp_split", "equal",
                "max_leverage", 1));
        price("SOLUSDT", "100");

        JsonNode first = signal("@dflt1", "1", null, "SOL/USDT LONG entry 100 SL 90 TP1 110 TP2 120 Leverage 10x");
        assertThat(decisionOf(first, "dee").get("reason").getStringValue())
                .isEqualTo("buy 10 SOLUSDT at market: 1000 of quote currency at 100, leverage 2x (fixed);"
                        + " stop 90 for 10; targets 110 x 7, 120 x 3 (weights split); stop to breakeven after tp-1;"
                        + " trailing stop 3%; exits rest on the venue as reduce-only orders once an entry fills"
                        + " (native exits)");
        assertLeg("dee", id(first), "tp-1", "limit", "110", "7", "placed");

        // this follow sets its own split and leverage cap; breakeven and trailing still come from the defaults
        JsonNode second = signal("@dflt2", "1", null, "SOL/USDT LONG entry 100 SL 90 TP1 110 TP2 120 Leverage 10x");
        assertThat(decisionOf(second, "dee").get("reason").getStringValue())
                .isEqualTo("buy 10 SOLUSDT at market: 1000 of quote currency at 100; stop 90 for 10;"
                        + " targets 110 x 5, 120 x 5 (equal split); stop to breakeven after tp-1; trailing stop 3%;"
                        + " exits rest on the venue as reduce-only orders once an entry fills (native exits)");
        assertLeg("dee", id(second), "tp-2", "limit", "120", "5", "placed");
    }

    private JsonNode put(String path, Map<String, ?> body) {
        return http.toBlocking().retrieve(HttpRequest.PUT(path, body).header("Authorization", ADMIN), JsonNode.class);
    }

    private HttpClientResponseException refusedPut(String path, Map<String, ?> body) {
        try {
            http.toBlocking().exchange(HttpRequest.PUT(path, body).header("Authorization", ADMIN), JsonNode.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected " + path + " to be refused");
    }

    private static void assertRefused(HttpClientResponseException e, String field, String message) {
        assertThat(e.getStatus().getCode()).as(message).isEqualTo(400);
        JsonNode body = e.getResponse().getBody(JsonNode.class).orElseThrow();
        assertThat(body.get("field").getStringValue()).isEqualTo(field);
        assertThat(body.get("message").getStringValue()).isEqualTo(message);
    }
}
