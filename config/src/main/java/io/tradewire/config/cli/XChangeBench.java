package io.tradewire.config.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.config.localexchange.LocalExchange;
import io.tradewire.trading.venue.keys.ApiCredentials;
import io.tradewire.trading.venue.keys.KeyStore;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bench's exchange: a local exchange on 127.0.0.1 answering after the bench's latency, and N
 * followers whose Binance accounts live on it, reached through XChange's real Binance module.
 * The accounts are written straight into the database with sealed keys (the one-off key check of
 * the API would add N calls before the measurement; it is not what the bench measures).
 */
final class XChangeBench implements AutoCloseable {
    private final LocalExchange exchange;

    XChangeBench(int latencyMs) {
        this.exchange = LocalExchange.start(0, Clock.systemUTC());
        exchange.latency(Duration.ofMillis(latencyMs));
    }

    /** Engine settings for the exchange venue: the simulated venue stays off. */
    Map<String, Object> properties() {
        return Map.of("tradewire.xchange.enabled", "true", "tradewire.sim.enabled", "false");
    }

    long accepted() {
        return exchange.acceptedOrders();
    }

    long duplicates() {
        return exchange.duplicateOrders();
    }

    /** N subscribers, each with a Binance account on the local exchange following the bench provider. */
    @SuppressWarnings("unchecked")
    void addFollowers(ApplicationContext ctx, int n) {
        TransactionOperations<Connection> tx = ctx.getBean(TransactionOperations.class);
        KeyStore keys = ctx.getBean(KeyStore.class);
        tx.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                s.execute("insert into providers (source, channel, name, created_at)"
                        + " values ('REST', 'bench', 'Bench', now())");
                s.execute("insert into subscribers (name, created_at) select 'bench-' || g, now()"
                        + " from generate_series(1, " + n + ") g");
                s.execute("insert into venue_accounts (subscriber_id, venue, label, currency, cash, peak_cash,"
                        + " created_at) select id, 'XCHANGE', 'binance', 'USDT', 10000, 10000, now() from subscribers");
                s.execute("insert into exchange_accounts (account_id, exchange, market, base_url, created_at)"
                        + " select id, 'binance', 'SPOT', '" + exchange.baseUrl() + "', now() from venue_accounts");
                s.execute("insert into follows (subscriber_id, provider_id, account_id, sizing_mode, sizing_value,"
                        + " created_at) select a.subscriber_id, p.id, a.id, 'FIXED_QUOTE', 100, now()"
                        + " from venue_accounts a cross join providers p where p.channel = 'bench'");
                for (long account : ids(s)) {
                    String key = "bench-key-" + account;
                    String secret = "bench-secret-" + account;
                    exchange.addAccount(key, secret, Map.of("USDT", new BigDecimal("1000000")));
                    keys.store(account, new ApiCredentials(key, secret, null));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("bench set-up failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    private static List<Long> ids(Statement s) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select id from venue_accounts order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Override
    public void close() {
        exchange.close();
    }
}
