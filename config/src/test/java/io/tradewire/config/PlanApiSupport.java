package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** REST helpers for the order-plan tests: setup, prices, posts, and a follower's legs as the API shows them. */
abstract class PlanApiSupport extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;

    long provider(String channel) {
        return post("/api/providers", Map.of("source", "telegram", "channel", channel, "name", channel))
                .get("id").getLongValue();
    }

    void subscriber(String name, int balance) {
        post("/api/subscribers", Map.of("name", name, "starting_balance", balance));
    }

    /** The subscriber follows the channel's provider with these settings (sizing included). */
    void follow(String subscriber, long provider, Map<String, ?> settings) {
        var body = new HashMap<String, Object>(Map.of("subscriber", subscriber, "provider_id", provider));
        body.putAll(settings);
        post("/api/follows", body);
    }

    void price(String symbol, String price) {
        http.toBlocking().exchange(HttpRequest.POST("/api/prices/" + symbol, Map.of("price", new BigDecimal(price)))
                .header("Authorization", ADMIN));
    }

    JsonNode signal(String channel, String messageId, String replyTo, String text) {
        var body = new HashMap<String, Object>(Map.of("source", "telegram", "channel", channel, "message_id", messageId,
                "text", text));
        if (replyTo != null) {
            body.put("reply_to", replyTo);
        }
        return post("/api/signals", body);
    }

    JsonNode edit(String channel, String messageId, String text) {
        return post("/api/signals", Map.of("source", "telegram", "channel", channel, "message_id", messageId,
                "text", text, "edited", true));
    }

    /** The subscriber's order of this signal's plan leg, as GET /api/orders shows it to them. */
    JsonNode leg(String subscriber, long signalId, String leg) {
        JsonNode orders = http.toBlocking().retrieve(HttpRequest.GET("/api/orders")
                .header("Authorization", bearer("user", subscriber)), JsonNode.class);
        for (int i = 0; i < orders.size(); i++) {
            JsonNode o = orders.get(i);
            if (!o.get("signal_id").isNull() && o.get("signal_id").getLongValue() == signalId && leg.equals(o.get("leg").getStringValue())) {
                return o;
            }
        }
        throw new AssertionError(subscriber + " has no " + leg + " for signal " + signalId);
    }

    /** Asserts a leg's type, price, quantity and status. */
    void assertLeg(String subscriber, long signalId, String leg, String type, String price, String quantity,
                   String status) {
        JsonNode o = leg(subscriber, signalId, leg);
        assertThat(o.get("type").getStringValue()).as(leg + " type").isEqualTo(type);
        if (price == null) {
            assertThat(o.get("price").isNull()).as(leg + " price").isTrue();
        } else {
            assertThat(o.get("price").getBigDecimalValue()).as(leg + " price").isEqualByComparingTo(price);
        }
        assertThat(o.get("quantity").getBigDecimalValue()).as(leg + " quantity").isEqualByComparingTo(quantity);
        assertThat(o.get("status").getStringValue()).as(leg + " status").isEqualTo(status);
    }

    BigDecimal fillPrice(String subscriber, long signalId, String leg) {
        return leg(subscriber, signalId, leg).get("fills").get(0).get("price").getBigDecimalValue();
    }

    /** The paper venue's own record of a leg: "STATUS quantity price" from its order book. */
    String paperBook(String subscriber, long signalId, String leg) {
        String id = leg(subscriber, signalId, leg).get("client_order_id").getStringValue();
        return text("select status || ' ' || trim_scale(quantity) || ' ' || coalesce(trim_scale(price)::text, '-')"
                + " from paper_orders where client_order_id = '" + id + "'");
    }

    BigDecimal position(String subscriber, String symbol) {
        JsonNode positions = http.toBlocking().retrieve(HttpRequest.GET("/api/positions")
                .header("Authorization", bearer("user", subscriber)), JsonNode.class);
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i).get("symbol").getStringValue().equals(symbol)) {
                JsonNode p = positions.get(i);
                BigDecimal q = p.get("quantity").getBigDecimalValue();
                return p.get("side").getStringValue().equals("short") ? q.negate() : q;
            }
        }
        return BigDecimal.ZERO;
    }

    static JsonNode decisionOf(JsonNode result, String subscriber) {
        JsonNode decisions = result.get("decisions");
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).get("subscriber").getStringValue().equals(subscriber)) {
                return decisions.get(i);
            }
        }
        throw new AssertionError("no decision for " + subscriber);
    }

    /** The reasons of the plan events of one kind that a result lists, joined by " | ". */
    static String events(JsonNode result, String kind) {
        StringBuilder out = new StringBuilder();
        JsonNode events = result.get("events");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).get("kind").getStringValue().equals(kind)) {
                out.append(out.isEmpty() ? "" : " | ").append(events.get(i).get("reason").getStringValue());
            }
        }
        return out.toString();
    }

    JsonNode signalView(long id) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/signals/" + id).header("Authorization", ADMIN),
                JsonNode.class);
    }

    static long id(JsonNode result) {
        return result.get("signal").get("id").getLongValue();
    }

    JsonNode post(String path, Map<String, ?> body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", ADMIN), JsonNode.class);
    }

    HttpClientResponseException refused(String path, Map<String, ?> body) {
        try {
            http.toBlocking().exchange(HttpRequest.POST(path, body).header("Authorization", ADMIN), JsonNode.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected " + path + " to be refused");
    }
}
