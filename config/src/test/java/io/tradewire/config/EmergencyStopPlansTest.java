package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency stop with order plans: resting entries and exits on the venue, and exits the
 * engine holds, are all cancelled (on the venue too), and the position is closed at market.
 */
@MicronautTest(transactional = false)
class EmergencyStopPlansTest extends PlanApiSupport {

    @Test
    void cancelsEveryRestingAndWaitingLegOfEveryPlanAndClosesThePosition() {
        long p = provider("@panic");
        subscriber("pia", 10000);
        follow("pia", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 900, "entry_mode", "ladder",
                "ladder_legs", 3));
        price("BTCUSDT", "45000");
        long s = id(signal("@panic", "1", null, "BTC/USDT LONG\nEntry 42000-42600\nTP1 43000\nTP2 44000\nSL 41000"));
        price("BTCUSDT", "42500"); // the first limit fills; the exits rest on paper for it
        assertLeg("pia", s, "entry-1", "limit", "42600", "0.00666666", "filled");
        assertLeg("pia", s, "sl", "stop", "41000", "0.00666666", "placed");

        JsonNode report = http.toBlocking().retrieve(HttpRequest.POST("/api/emergency-stop", Map.of())
                .header("Authorization", bearer("user", "pia")), JsonNode.class);

        // two resting entries, the resting stop and two resting targets
        assertThat(report.get("cancelled_orders").getIntValue()).isEqualTo(5);
        assertThat(report.get("closed").size()).isEqualTo(1);
        assertThat(report.get("closed").get(0).get("quantity").getBigDecimalValue())
                .isEqualByComparingTo("0.00666666");
        for (String leg : new String[] {"entry-2", "entry-3", "sl", "tp-1", "tp-2"}) {
            assertThat(leg("pia", s, leg).get("status").getStringValue()).as(leg).isEqualTo("cancelled");
            assertThat(paperBook("pia", s, leg)).as(leg).startsWith("CANCELLED ");
        }
        assertThat(position("pia", "BTCUSDT")).isZero();

        // a later price through the old stop and entries moves nothing
        price("BTCUSDT", "40000");
        assertThat(position("pia", "BTCUSDT")).isZero();
        assertThat(text("select count(*) from fills f join orders o on o.id = f.order_id"
                + " where o.signal_id = " + s)).isEqualTo("1");
    }
}
