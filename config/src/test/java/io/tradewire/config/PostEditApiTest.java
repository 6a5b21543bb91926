package io.tradewire.config;

import io.micronaut.json.tree.JsonNode;
import io.tradewire.trading.pipeline.Recovery;
import jakarta.inject.Inject;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit of the original post ({@code "edited": true} with its message id) amends what its
 * followers have not filled: entries and exits resting on the venue are amended there, exits the
 * engine still holds are changed in place; filled legs are left alone and the event says so.
 */
@MicronautTest(transactional = false)
class PostEditApiTest extends PlanApiSupport {
    static final String POST = "BTC/USDT LONG\nEntry 42000-42600\nTP1 43000\nTP2 44000\nSL 41000";

    @Test
    void anEditAmendsWhatHasNotFilledAndLeavesFilledLegsAlone() {
        long p = provider("@edit");
        subscriber("eve", 10000);
        follow("eve", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 900, "entry_mode", "ladder",
                "ladder_legs", 3));
        price("BTCUSDT", "45000");
        long s = id(signal("@edit", "1", null, POST));

        // nothing filled yet: the resting entries are amended on the venue, the waiting exits in place
        JsonNode first = edit("@edit", "1", "BTC/USDT LONG\nEntry 41700-42300\nTP1 43100\nTP2 44100\nSL 40900");
        assertThat(first.get("duplicate").getBooleanValue()).isFalse();
        assertThat(first.get("signal").get("entry_low").getBigDecimalValue()).isEqualByComparingTo("41700");
        assertThat(first.get("signal").get("stop_loss").getBigDecimalValue()).isEqualByComparingTo("40900");
        assertThat(events(first, "edit")).isEqualTo("edit: entry-1 42600 -> 42300; entry-2 42300 -> 42000;"
                + " entry-3 42000 -> 41700; sl 41000 -> 40900; tp-1 43000 -> 43100; tp-2 44000 -> 44100");
        assertLeg("eve", s, "entry-1", "limit", "42300", "0.00666666", "placed");
        assertThat(paperBook("eve", s, "entry-1")).isEqualTo("WORKING 0.00666666 42300");
        assertLeg("eve", s, "sl", "stop", "40900", "0.02", "watching");
        assertLeg("eve", s, "tp-2", "limit", "44100", "0.01", "watching");

        // the first limit fills at its amended price; the exits arm at the edited prices
        price("BTCUSDT", "42250");
        assertLeg("eve", s, "entry-1", "limit", "42300", "0.00666666", "filled");
        assertThat(fillPrice("eve", s, "entry-1")).isEqualByComparingTo("42300");
        assertThat(paperBook("eve", s, "sl")).isEqualTo("WORKING 0.00666666 40900");

        // a second edit: the filled entry is left alone, the rest moves (on the venue, all of it now)
        JsonNode second = edit("@edit", "1", "BTC/USDT LONG\nEntry 41000-41600\nTP1 43500\nTP2 44500\nSL 40000");
        assertThat(events(second, "edit")).endsWith("edit: entry-1 had filled, left alone; entry-2 42000 -> 41300;"
                + " entry-3 41700 -> 41000; sl 40900 -> 40000; tp-1 43100 -> 43500; tp-2 44100 -> 44500");
        assertLeg("eve", s, "entry-1", "limit", "42300", "0.00666666", "filled");
        assertLeg("eve", s, "entry-2", "limit", "41300", "0.00666666", "placed");
        assertThat(paperBook("eve", s, "entry-3")).isEqualTo("WORKING 0.00666668 41000");
        assertThat(paperBook("eve", s, "sl")).isEqualTo("WORKING 0.00666666 40000");
        assertThat(paperBook("eve", s, "tp-1")).isEqualTo("WORKING 0.00333333 43500");
        assertThat(text("select count(*) from inbox_edits")).isEqualTo("2");

        // the same text again changes nothing
        JsonNode again = edit("@edit", "1", "BTC/USDT LONG\nEntry 41000-41600\nTP1 43500\nTP2 44500\nSL 40000");
        assertThat(again.get("duplicate").getBooleanValue()).isTrue();
        assertThat(text("select count(*) from inbox_edits")).isEqualTo("2");

        // an edit that no longer reads as the same trade is refused for every follower, orders untouched
        JsonNode flipped = edit("@edit", "1", "BTC/USDT SHORT\nEntry 41000-41600\nTP1 39000\nSL 42000");
        assertThat(events(flipped, "edit")).endsWith("edit (revision 3) not applied: the edited post no longer"
                + " reads as a buy BTCUSDT signal; the orders stay as they were");
        assertThat(flipped.get("signal").get("side").getStringValue()).isEqualTo("buy");
        assertThat(paperBook("eve", s, "entry-2")).isEqualTo("WORKING 0.00666666 41300");
    }

    @Override
    protected boolean drivesRecovery() {
        return true;
    }

    @Inject
    Recovery recovery;

    @Test
    void anEntryNotSentYetIsAmendedInPlaceAndSentAtTheNewPrice() throws SQLException {
        long p = provider("@edit4");
        subscriber("ned", 10000);
        follow("ned", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 900, "entry_mode", "ladder",
                "ladder_legs", 2));
        price("ETHUSDT", "2500");
        long s = id(signal("@edit4", "1", null, "ETH/USDT LONG Entry 2000-2100 SL 1900 TP 2400"));
        // as after a crash between the decision and the venue: entry-2 decided (NEW) but never sent
        String entry2 = leg("ned", s, "entry-2").get("client_order_id").getStringValue();
        try (Connection c = DriverManager.getConnection(databaseUrl(), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("delete from paper_orders where client_order_id = '" + entry2 + "'");
            st.execute("update orders set status = 'NEW' where client_order_id = '" + entry2 + "'");
        }

        JsonNode edited = edit("@edit4", "1", "ETH/USDT LONG Entry 1900-2000 SL 1800 TP 2400");

        assertThat(events(edited, "edit")).isEqualTo("edit: entry-1 2100 -> 2000; entry-2 2000 -> 1900;"
                + " sl 1900 -> 1800");
        assertLeg("ned", s, "entry-2", "limit", "1900", "0.18", "new");
        assertThat(text("select count(*) from paper_orders where client_order_id = '" + entry2 + "'")).isEqualTo("0");
        recovery.runOnce();
        assertLeg("ned", s, "entry-2", "limit", "1900", "0.18", "placed");
        assertThat(paperBook("ned", s, "entry-2")).isEqualTo("WORKING 0.18 1900");
        assertThat(paperBook("ned", s, "entry-1")).isEqualTo("WORKING 0.18 2000");
    }

    @Test
    void aStopMovedByTheEngineStaysWhereItIs() {
        long p = provider("@edit2");
        subscriber("ed", 10000);
        follow("ed", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 2000, "breakeven_after_tp", 1));
        price("ETHUSDT", "2000");
        long s = id(signal("@edit2", "1", null, "ETH/USDT LONG entry 2000 SL 1900 TP1 2100 TP2 2200"));
        price("ETHUSDT", "2110");
        assertLeg("ed", s, "sl", "stop", "2000", "0.5", "placed");

        JsonNode edited = edit("@edit2", "1", "ETH/USDT LONG entry 2000 SL 1850 TP1 2100 TP2 2300");

        assertThat(events(edited, "edit")).isEqualTo("edit: the entry is at market, nothing to amend there;"
                + " the stop stays at 2000: it was moved since the post (the post's stop is now 1850);"
                + " tp-1 had filled, left alone; tp-2 2200 -> 2300");
        assertLeg("ed", s, "sl", "stop", "2000", "0.5", "placed");
        assertThat(paperBook("ed", s, "tp-2")).isEqualTo("WORKING 0.5 2300");
    }

    @Test
    void anEditOfAPostNeverSeenIsTakenAsTheNewPost() {
        long p = provider("@edit3");
        subscriber("neo", 10000);
        follow("neo", p, Map.of("sizing_mode", "fixed_quote", "sizing_value", 1000));
        price("SOLUSDT", "100");

        JsonNode r = edit("@edit3", "77", "SOL/USDT LONG entry 100 SL 90 TP 120");

        assertThat(decisionOf(r, "neo").get("outcome").getStringValue()).isEqualTo("ordered");
        assertLeg("neo", id(r), "entry-1", "market", null, "10", "filled");

        // an edit must say which post it edits
        var noId = refused("/api/signals", Map.of("source", "telegram", "channel", "@edit3", "edited", true,
                "text", "SOL/USDT LONG entry 101 SL 90 TP 120"));
        assertThat(noId.getStatus().getCode()).isEqualTo(400);
        assertThat(noId.getResponse().getBody(JsonNode.class).orElseThrow().get("message").getStringValue())
                .isEqualTo("an edit needs the message_id of the post it edits");
        assertThat(text("select count(*) from inbox_messages where channel = '@edit3'")).isEqualTo("1");
    }
}
