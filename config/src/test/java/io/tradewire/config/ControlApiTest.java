package io.tradewire.config;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emergency stop and the global kill switch over HTTP, on the real database. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ControlApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;

    long provider;

    @BeforeAll
    void setUp() {
        provider = post("/api/providers", Map.of("source", "telegram", "channel", "@ctl", "name", "Ctl"), ADMIN)
                .body().get("id").getLongValue();
        for (String name : new String[] {"frank", "gina"}) {
            post("/api/subscribers", Map.of("name", name, "starting_balance", 10000), ADMIN);
            post("/api/follows", Map.of("subscriber", name, "provider_id", provider, "sizing_mode", "fixed_quote",
                    "sizing_value", 1000), ADMIN);
        }
        signal("1", "BTC/USDT LONG entry 40000 SL 39000 TP 42000");
        signal("2", "ETH/USDT SHORT entry 2000 SL 2100 TP 1800");
    }

    @Test
    @Order(1)
    void theGlobalKillSwitchStopsNewEntriesUntilReleasedAndIsAudited() {
        JsonNode on = post("/api/kill-switch", Map.of("engaged", true, "reason", "exchange outage"), ADMIN).body();
        assertThat(on.get("engaged").getBooleanValue()).isTrue();

        JsonNode refused = signal("10", "SOL/USDT LONG entry 100 SL 90 TP 120").body().get("decisions");
        assertThat(refused.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(refused.get(i).get("reason").getStringValue())
                    .isEqualTo("the global kill switch is engaged: exchange outage");
        }

        post("/api/kill-switch", Map.of("engaged", false), ADMIN);
        JsonNode allowed = signal("11", "SOL/USDT LONG entry 100 SL 90 TP 120").body().get("decisions");
        assertThat(allowed.get(0).get("outcome").getStringValue()).isEqualTo("ordered");
        assertThat(sql("select count(*) from audit_log where action like 'kill_switch.%' and actor = 'ops'"))
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void onlyAdminsTouchTheKillSwitchAndEngagingNeedsAReason() {
        assertThatThrownBy(() -> post("/api/kill-switch", Map.of("engaged", true, "reason", "x"), bearer("user", "frank")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        assertThatThrownBy(() -> post("/api/kill-switch", Map.of("engaged", true), ADMIN))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(String.class).orElse(""))
                            .contains("a reason is required to engage the kill switch");
                });
    }

    @Test
    @Order(3)
    void anEmergencyStopClosesEveryPositionStopsCopyingAndLeavesOthersAlone() {
        long frankOpen = sql("select count(*) from positions p join venue_accounts a on a.id = p.account_id"
                + " join subscribers s on s.id = a.subscriber_id where s.name = 'frank' and p.quantity <> 0");
        assertThat(frankOpen).isEqualTo(3);

        JsonNode report = post("/api/emergency-stop", Map.of(), bearer("user", "frank")).body();

        assertThat(report.get("subscriber").getStringValue()).isEqualTo("frank");
        assertThat(report.get("closed").size()).isEqualTo(3);
        assertThat(report.get("failed").size()).isZero();
        assertThat(sql("select count(*) from positions p join venue_accounts a on a.id = p.account_id"
                + " join subscribers s on s.id = a.subscriber_id where s.name = 'frank' and p.quantity <> 0")).isZero();
        assertThat(sql("select count(*) from positions p join venue_accounts a on a.id = p.account_id"
                + " join subscribers s on s.id = a.subscriber_id where s.name = 'gina' and p.quantity <> 0")).isEqualTo(3);
        assertThat(sql("select count(*) from subscribers where name = 'frank' and paused")).isEqualTo(1);
        String flat = http.toBlocking().retrieve(HttpRequest.GET("/api/positions")
                .header("Authorization", bearer("user", "frank")));
        assertThat(flat).contains("\"quantity\":0,").doesNotContain("E-").doesNotContain("E+");

        // a second press finds nothing left to close, and a paused subscriber copies nothing new
        assertThat(post("/api/emergency-stop", Map.of(), bearer("user", "frank")).body().get("closed").size()).isZero();
        JsonNode decisions = signal("20", "BNB/USDT LONG entry 300 SL 290 TP 330").body().get("decisions");
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).get("subscriber").getStringValue().equals("frank")) {
                assertThat(decisions.get(i).get("reason").getStringValue()).isEqualTo("copying is paused for frank");
            }
        }
        assertThat(sql("select count(*) from orders where origin = 'EMERGENCY_STOP'")).isEqualTo(3);
    }

    @Test
    @Order(4)
    void aUserCannotStopSomeoneElseAndAnAdminMustNameWhom() {
        assertThatThrownBy(() -> post("/api/emergency-stop", Map.of("subscriber", "gina"), bearer("user", "frank")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        assertThatThrownBy(() -> post("/api/emergency-stop", Map.of(), ADMIN))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(400));
        assertThatThrownBy(() -> post("/api/emergency-stop", Map.of("subscriber", "nobody"), ADMIN))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
        assertThat(sql("select count(*) from subscribers where name = 'gina' and paused")).isZero();
    }

    private HttpResponse<JsonNode> signal(String id, String text) {
        return post("/api/signals", Map.of("source", "telegram", "channel", "@ctl", "message_id", id, "text", text),
                ADMIN);
    }

    private HttpResponse<JsonNode> post(String path, Map<String, ?> body, String auth) {
        return http.toBlocking().exchange(HttpRequest.POST(path, body).header("Authorization", auth), JsonNode.class);
    }
}
