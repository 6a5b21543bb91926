package io.tradewire.config;

import io.micronaut.test.support.TestPropertyProvider;
import io.tradewire.config.cli.TokenCommand;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Base of tests that run the application: a fresh database on the shared embedded server, a
 * known API secret, and the background recovery off (tests run it when they mean to).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {
    public static final String JWT_SECRET = "integration-test-secret-0123456789-abcdefghij";
    /** the AES-256 key that seals exchange keys in tests (32 bytes, base64) */
    public static final String MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LTAxMjM0NTY3ODlhYmNkZWY=";

    private String databaseUrl;

    @Override
    public Map<String, String> getProperties() {
        databaseUrl = TestDatabases.freshUrl();
        Map<String, String> p = new java.util.HashMap<>(Map.of(
                "datasources.default.url", databaseUrl,
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "micronaut.security.token.jwt.signatures.secret.generator.secret", JWT_SECRET,
                "tradewire.keys.master-key", MASTER_KEY,
                // the Recovery bean exists only for tests that drive it; its schedule never fires in a test
                "tradewire.pipeline.recovery.enabled", String.valueOf(drivesRecovery()),
                "tradewire.pipeline.recovery.initial-delay", "1h",
                // tests that drive recovery mean every stored message, young or not
                "tradewire.pipeline.recovery.received-grace", "0s",
                // retries and expired leases are run by hand too (JobRunner.runDue or Recovery.runOnce)
                "tradewire.execution.poller.enabled", "false",
                "micronaut.server.port", "-1"));
        // no test reaches a real exchange: an account added without its own address gets a closed local port
        for (String exchange : new String[] {"binance", "bybit", "okx", "kraken", "coinbase", "kucoin"}) {
            p.put("tradewire.xchange.base-urls." + exchange, "http://127.0.0.1:9");
        }
        return p;
    }

    /** True for a test that calls {@code Recovery.runOnce()} itself. */
    protected boolean drivesRecovery() {
        return false;
    }

    protected String databaseUrl() {
        return databaseUrl;
    }

    protected long sql(String query) {
        return Sql.number(databaseUrl, query);
    }

    protected String text(String query) {
        return Sql.text(databaseUrl, query);
    }

    protected void exec(String statement) {
        Sql.exec(databaseUrl, statement);
    }

    /** An order's status by its client order id (null when there is no such order). */
    protected String orderStatus(String clientOrderId) {
        return text("select status from orders where client_order_id = '" + clientOrderId + "'");
    }

    /** Runs due jobs until the order is final or 15 s pass (retries wait their backoff). */
    protected void drain(io.tradewire.trading.execution.JobRunner runner, String clientOrderId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline
                && java.util.Set.of("NEW", "SENDING").contains(String.valueOf(orderStatus(clientOrderId)))) {
            runner.runDue(100);
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    protected static String bearer(String role, String subject) {
        return "Bearer " + new TokenCommand(JWT_SECRET, Clock.systemUTC()).sign(role, subject, Duration.ofHours(1));
    }
}
