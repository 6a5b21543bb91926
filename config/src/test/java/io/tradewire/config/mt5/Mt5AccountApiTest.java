package io.tradewire.config.mt5;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.mt5.link.LinkTokens;
import io.tradewire.trading.venue.mt5.link.Mt5Links;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MT5 accounts over HTTP with the bridge off (the default): the token is shown on create and
 * rotate only, owners and admins only, bad input named; and an MT5 account's order is refused
 * with how to turn the bridge on, not a crash.
 */
@MicronautTest(transactional = false)
class Mt5AccountApiTest extends IntegrationTest {
    static final String ADMIN = bearer("admin", "ops");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Setup setup;
    @Inject
    Mt5Links links;
    @Inject
    Pipeline pipeline;

    @Test
    void aUserCreatesTheirAccountSeesTheTokenOnceAndCanRotateIt() {
        setup.addSubscriber("test", "uma", null);
        String uma = bearer("user", "uma");

        JsonNode created = send(HttpRequest.POST("/api/mt5/accounts", Map.of("symbol_suffix", ".m",
                "symbols", Map.of("XAUUSD", "GOLD"), "balance", 5000)), uma).body();
        long id = created.get("account_id").getLongValue();
        String token = created.get("link_token").getStringValue();
        assertThat(token).startsWith(LinkTokens.PREFIX).hasSize(47);
        assertThat(links.accountForToken(token)).contains(id);

        HttpResponse<String> shown = http.toBlocking().exchange(HttpRequest.GET("/api/mt5/accounts/" + id)
                .header("Authorization", uma), String.class);
        assertThat(shown.body()).doesNotContain(token).contains("\"terminal\":\"bridge_disabled\"")
                .contains("\"symbol_suffix\":\".m\"").contains("\"XAUUSD\":\"GOLD\"");

        String fresh = send(HttpRequest.POST("/api/mt5/accounts/" + id + "/rotate-token", Map.of()), uma).body()
                .get("link_token").getStringValue();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(links.accountForToken(token)).isEmpty();
        assertThat(links.accountForToken(fresh)).contains(id);
        assertThat(sql("select count(*) from audit_log where action = 'mt5.token.rotate' and subject = 'account:" + id
                + "'")).isEqualTo(1);
        assertThat(sql("select count(*) from audit_log where detail like '%" + fresh + "%' or detail like '%" + token
                + "%'")).isZero();
    }

    @Test
    void anotherUserCannotSeeOrRotateTheAccountAndAnAdminMustNameTheSubscriber() {
        setup.addSubscriber("test", "vic", null);
        long id = send(HttpRequest.POST("/api/mt5/accounts", Map.of("subscriber", "vic")), ADMIN).body()
                .get("account_id").getLongValue();

        assertStatus(() -> send(HttpRequest.GET("/api/mt5/accounts/" + id), bearer("user", "mallory")), 403,
                "MT5 account " + id + " is not yours");
        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts/" + id + "/rotate-token", Map.of()),
                bearer("user", "mallory")), 403, "is not yours");
        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts", Map.of("subscriber", "vic")),
                bearer("user", "mallory")), 403, "a user can only create MT5 accounts for themself");
        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts", Map.of()), ADMIN), 400,
                "an admin must name the subscriber the account is for");
        assertStatus(() -> send(HttpRequest.GET("/api/mt5/accounts/999999"), ADMIN), 404,
                "no MT5 account with id 999999");
    }

    @Test
    void badInputIsRefusedByNameAndNothingIsWritten() {
        setup.addSubscriber("test", "wes", null);
        String wes = bearer("user", "wes");
        long before = sql("select count(*) from venue_accounts");

        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts", Map.of("currency", "usd")), wes), 400,
                "currency must be three capital letters such as USD, got 'usd'");
        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts", Map.of("symbol_suffix", "a b")), wes), 400,
                "symbol_suffix must be up to 12 letters, digits or _ . # -, got 'a b'");
        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts", Map.of("symbols", Map.of("XAUUSD", ""))), wes),
                400, "got 'XAUUSD' -> ''");
        assertStatus(() -> send(HttpRequest.POST("/api/mt5/accounts", Map.of("balance", -1)), wes), 400,
                "balance must not be negative, got -1");
        assertThat(sql("select count(*) from venue_accounts")).isEqualTo(before);
    }

    @Test
    void withTheBridgeOffAnMt5AccountsOrderIsRefusedWithHowToTurnItOn() {
        long provider = setup.addProvider("test", Source.TELEGRAM, "@off", "off").id();
        setup.addSubscriber("test", "xena", null);
        links.create("test", new Mt5Links.NewAccount("xena", "mt5", "USD", new BigDecimal("100000"), null, null));
        setup.follow("test", "xena", provider, "mt5",
                new CopySettings(SizingMode.RISK_PERCENT, new BigDecimal("0.1"), null, false, null));

        pipeline.submit(new IncomingMessage(Source.TELEGRAM, "@off", "off-1", "p", "EURUSD BUY now 1.0850 SL 1.0825",
                null));

        assertThat(sql("select count(*) from orders where status = 'REJECTED' and status_reason = 'the MT5 bridge is"
                + " not enabled on this server (set tradewire.mt5.enabled=true, or TRADEWIRE_MT5_ENABLED=true);"
                + " nothing was sent to the terminal'")).isEqualTo(1);
    }

    private HttpResponse<JsonNode> send(HttpRequest<?> request, String token) {
        return http.toBlocking().exchange(((io.micronaut.http.MutableHttpRequest<?>) request)
                .header("Authorization", token), JsonNode.class);
    }

    private static void assertStatus(Runnable call, int status, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(status);
            assertThat(e.getResponse().getBody(String.class).orElse("")).contains(message);
        });
    }
}
