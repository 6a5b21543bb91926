package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.venue.keys.ApiCredentials;
import io.tradewire.trading.venue.keys.KeyStore;
import io.tradewire.trading.venue.xchange.binance.BinanceClient;
import io.tradewire.trading.venue.xchange.bybit.BybitClient;
import io.tradewire.trading.venue.xchange.generic.GenericClient;
import jakarta.inject.Singleton;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.bybit.BybitExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One XChange {@link Exchange} per account, built on first use from the account's settings and
 * its keys (opened from the vault only here, to sign), and each exchange's instrument list,
 * shared by every account on the same exchange and address, loaded once per refresh period.
 */
@Singleton
public class ExchangeSessions {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeSessions.class);

    private final ExchangeAccountRepository accounts;
    private final KeyStore keys;
    private final XChangeConfig config;
    private final Clock clock;
    private final Map<Long, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Catalogue> catalogues = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> loading = new ConcurrentHashMap<>();

    private final java.time.Duration readTimeout;

    ExchangeSessions(ExchangeAccountRepository accounts, KeyStore keys, XChangeConfig config,
                     io.tradewire.trading.execution.ExecutionConfig execution, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        this.readTimeout = XChangeFactory.readTimeout(config.getReadTimeout(), execution.getVenueTimeout());
    }

    /** An account's exchange, its module's name and the client that speaks to it. */
    public record Session(long accountId, ExchangeModule module, Market market, @Nullable String baseUrl,
                          ExchangeClient client) {
        String catalogueKey() {
            return module.name() + "|" + market + "|" + (baseUrl == null ? "" : baseUrl);
        }
    }

    private record Catalogue(Instant loadedAt, SymbolMapper symbols) {
    }

    /** The account's session; an account with no exchange settings or keys is an {@link AccountNotReady}. */
    public Session get(long accountId) {
        return sessions.computeIfAbsent(accountId, this::open);
    }

    /** Drops a cached session (its settings or keys changed). */
    public void forget(long accountId) {
        sessions.remove(accountId);
    }

    /** A client for keys not stored yet: used once, to check them when an account is added. */
    public ExchangeClient transientClient(ExchangeModule module, @Nullable String baseUrl, ApiCredentials credentials) {
        return client(module, XChangeFactory.create(module, baseUrl, credentials, config, readTimeout));
    }

    /** The exchange's instruments, reloaded after the refresh period; a failed reload keeps the last good list. */
    public SymbolMapper symbols(Session s) throws Exception {
        String key = s.catalogueKey();
        Catalogue c = catalogues.get(key);
        if (c != null && fresh(c)) {
            return c.symbols();
        }
        // one load per exchange at a time: a fan-out to a thousand accounts must not ask a thousand times
        ReentrantLock lock = loading.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            c = catalogues.get(key);
            if (c != null && fresh(c)) {
                return c.symbols();
            }
            try {
                SymbolMapper loaded = new SymbolMapper(s.client().listings(), config.getDefaultQuote());
                catalogues.put(key, new Catalogue(clock.instant(), loaded));
                LOG.info("instrument rules loaded exchange={} market={} instruments={}", s.module().name(), s.market(),
                        loaded.size());
                return loaded;
            } catch (Exception e) {
                if (c != null) {
                    LOG.warn("instrument rules reload failed, keeping the last list exchange={} error={}",
                            s.module().name(), e.getClass().getSimpleName());
                    return c.symbols();
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Catalogue c) {
        return c.loadedAt().plus(config.getRulesRefresh()).isAfter(clock.instant());
    }

    private Session open(long accountId) {
        ExchangeAccountRow row = accounts.findById(accountId).orElseThrow(() -> new AccountNotReady(
                "account " + accountId + " has no exchange configured: add it with POST /api/subscribers/{name}"
                        + "/exchange-accounts"));
        ApiCredentials credentials = keys.open(accountId).orElseThrow(() -> new AccountNotReady(
                "account " + accountId + " has no API key stored"));
        ExchangeModule module = ExchangeModule.resolve(row.exchange());
        Exchange exchange = XChangeFactory.create(module, row.baseUrl(), credentials, config, readTimeout);
        return new Session(accountId, module, Market.valueOf(row.market()), row.baseUrl(), client(module, exchange));
    }

    private ExchangeClient client(ExchangeModule module, Exchange exchange) {
        if (exchange instanceof BinanceExchange binance) {
            return new BinanceClient(binance, config.getDefaultRetryAfter());
        }
        if (exchange instanceof BybitExchange bybit) {
            return new BybitClient(bybit, config.getDefaultRetryAfter());
        }
        return new GenericClient(module.name(), exchange, config.getDefaultRetryAfter());
    }

    /** An account that cannot trade on an exchange yet: no settings, or no keys. */
    public static final class AccountNotReady extends RuntimeException {
        AccountNotReady(String message) {
            super(message);
        }
    }
}
