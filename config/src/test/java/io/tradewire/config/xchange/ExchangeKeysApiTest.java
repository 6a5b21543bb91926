package io.tradewire.config.xchange;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tradewire.config.IntegrationTest;
import io.tradewire.config.localexchange.LocalExchange;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.setup.Setup;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adding an exchange account over the API as a user would: the key is checked once against the
 * exchange (a wrong one, or one that may not trade, is refused in the exchange's words), stored
 * sealed, and never seen again: not in any response, not in any database row, not in any log line.
 */
@MicronautTest(transactional = false)
class ExchangeKeysApiTest extends IntegrationTest {
    static final LocalExchange EXCHANGE = LocalExchange.start(0, Clock.systemUTC());
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    static final String KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    static {
        ((Logger) LoggerFactory.getLogger("io.tradewire")).setLevel(Level.DEBUG);
        LOGS.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
    }

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Setup setup;
    @Inject
    Pipeline pipeline;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("micronaut.server.port", "-1");
        return p;
    }

    @AfterAll
    void stop() {
        EXCHANGE.close();
    }

    @Test
    void aKeyIsCheckedStoredSealedAndNeverShownAgain() {
        EXCHANGE.addAccount(KEY, SECRET, Map.of("USDT", new BigDecimal("5000")));
        setup.addSubscriber("test", "kim", BigDecimal.ZERO);
        String admin = bearer("admin", "ops");

        HttpResponse<String> created = http.toBlocking().exchange(HttpRequest.POST("/api/subscribers/kim/exchange-accounts",
                body("main", "binance", KEY, SECRET)).header("Authorization", admin), String.class);
        String listed = http.toBlocking().retrieve(HttpRequest.GET("/api/subscribers/kim/exchange-accounts")
                .header("Authorization", bearer("user", "kim")));

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).contains("\"exchange\":\"binance\"", "\"key_hint\":\"...8A\"".replace("...8A",
                "..." + KEY.substring(KEY.length() - 4)), "\"market\":\"spot\"");
        assertThat(listed).contains("\"label\":\"main\"", "\"key_hint\":\"..." + KEY.substring(KEY.length() - 4) + "\"");
        for (String response : new String[] {created.body(), listed}) {
            assertThat(response).doesNotContain(KEY, SECRET, SECRET.substring(0, 16), KEY.substring(0, 16),
                    "api_key", "secret");
        }

        // the row holds a nonce and ciphertext only: neither the key nor the secret, in any encoding
        String row = text("select row_to_json(c)::text from exchange_credentials c");
        String sealedAsText = text("select encode(sealed, 'escape') from exchange_credentials");
        assertThat(row).doesNotContain(KEY, SECRET, KEY.substring(0, 16), SECRET.substring(0, 16));
        assertThat(sealedAsText).doesNotContain(KEY.substring(0, 8), SECRET.substring(0, 8));
        assertThat(text("select string_agg(a::text, ' ') from (select * from venue_accounts) a")
                + text("select string_agg(e::text, ' ') from (select * from exchange_accounts) e")
                + text("select string_agg(l::text, ' ') from (select * from audit_log) l"))
                .doesNotContain(KEY.substring(0, 16), SECRET.substring(0, 16));
        assertThat(sql("select octet_length(nonce) from exchange_credentials")).isEqualTo(12);

        // the engine opens the key to sign a real order, and logs none of it
        long provider = setup.addProvider("test", Source.TELEGRAM, "@keys", "K").id();
        setup.follow("test", "kim", provider, "main", new io.tradewire.trading.follow.CopySettings(
                io.tradewire.trading.follow.SizingMode.FIXED_QUOTE, new BigDecimal("100"), null, false, null));
        pipeline.submit(new IncomingMessage(Source.TELEGRAM, "@keys", "k-1", "prov", "BTC/USDT LONG entry 40000 SL 39000",
                null));
        assertThat(text("select status from orders where intent = 'OPEN'")).isEqualTo("FILLED");

        String logged = String.join("\n", LOGS.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(logged).contains("order filled");
        assertThat(logged).doesNotContain(KEY, SECRET, KEY.substring(0, 16), SECRET.substring(0, 16));
    }

    @Test
    void aWrongSecretAnUnknownKeyAndAKeyThatMayNotTradeAreRefusedWithTheExchangesWords() {
        EXCHANGE.addAccount("key-lee-0123456789", "secret-lee", Map.of("USDT", BigDecimal.TEN));
        EXCHANGE.addAccount("key-readonly-0123", "secret-readonly", false, Map.of("USDT", BigDecimal.TEN));
        setup.addSubscriber("test", "lee", BigDecimal.ZERO);
        String admin = bearer("admin", "ops");

        assertThat(refusal(admin, "lee", body("a", "binance", "key-lee-0123456789", "not-the-secret")))
                .contains("\"message\":\"binance refused the key: Signature for this request is not valid. (code"
                        + " -1022)\"", "\"field\":\"api_key\"");
        assertThat(refusal(admin, "lee", body("a", "binance", "key-nobody-0000", "whatever")))
                .contains("binance refused the key: Invalid API-key, IP, or permissions for action. (code -2015)");
        assertThat(refusal(admin, "lee", body("a", "binance", "key-readonly-0123", "secret-readonly")))
                .contains("binance accepted the key, but it has no trade permission (enable Spot Trading on the key)");
        assertThat(sql("select count(*) from exchange_credentials")).as("nothing stored for a refused key")
                .isLessThanOrEqualTo(1);
        assertThat(sql("select count(*) from venue_accounts a join subscribers s on s.id = a.subscriber_id"
                + " where s.name = 'lee' and a.venue = 'XCHANGE'")).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        setup.addSubscriber("test", "max", BigDecimal.ZERO);
        String admin = bearer("admin", "ops");
        Map<String, Object> unknown = body("a", "mtgox", "k", "s");
        Map<String, Object> futures = body("a", "binance", "k", "s");
        futures.put("market", "futures");
        Map<String, Object> badUrl = body("a", "binance", "k", "s");
        badUrl.put("base_url", "ftp://127.0.0.1/x");
        Map<String, Object> noKey = body("a", "binance", null, "s");

        assertThat(refusal(admin, "max", unknown)).contains("\"field\":\"exchange\"", "unknown exchange 'mtgox': use"
                + " one of binance, bybit, okx, kraken, coinbase, kucoin");
        assertThat(refusal(admin, "max", futures)).contains("\"field\":\"market\"", "futures are not available yet");
        assertThat(refusal(admin, "max", badUrl)).contains("\"field\":\"base_url\"",
                "base_url must be an absolute http(s) URL");
        assertThat(refusal(admin, "max", noKey)).contains("\"field\":\"api_key\"", "api_key is required");
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/subscribers/max/exchange-accounts",
                body("a", "binance", "k", "s")).header("Authorization", bearer("user", "someone-else"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.code()).isEqualTo(403));
    }

    private Map<String, Object> body(String label, String exchange, String key, String secret) {
        Map<String, Object> b = new HashMap<>();
        b.put("label", label);
        b.put("exchange", exchange);
        b.put("base_url", EXCHANGE.baseUrl());
        b.put("api_key", key);
        b.put("secret", secret);
        return b;
    }

    private String refusal(String token, String name, Map<String, Object> body) {
        try {
            http.toBlocking().exchange(HttpRequest.POST("/api/subscribers/" + name + "/exchange-accounts", body)
                    .header("Authorization", token), String.class);
            throw new AssertionError("expected a refusal for " + body.get("exchange"));
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).isEqualTo(400);
            return e.getResponse().getBody(String.class).orElse("");
        }
    }
}
