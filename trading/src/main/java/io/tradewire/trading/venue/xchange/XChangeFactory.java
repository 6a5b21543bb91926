package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.venue.keys.ApiCredentials;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;

import java.net.URI;

/**
 * Builds one XChange {@link Exchange} for one account: its module, its keys, and the API address
 * when the account overrides it (tests and the bench point it at 127.0.0.1). Nothing is called at
 * creation: remote metadata loading is off (the venue loads instrument rules itself, cached), and
 * so are XChange's own retries and rate limiters, since the engine retries only after it has
 * asked the exchange for the client order id, and honours 429s itself.
 */
public final class XChangeFactory {
    private XChangeFactory() {
    }

    public static Exchange create(ExchangeModule module, @Nullable String baseUrl, @Nullable ApiCredentials keys,
                                  XChangeConfig config, java.time.Duration readTimeout) {
        ExchangeSpecification spec = new ExchangeSpecification(module.exchangeClass());
        if (baseUrl != null) {
            URI uri = URI.create(baseUrl);
            spec.setSslUri(baseUrl);
            spec.setHost(uri.getHost());
            spec.setPort(uri.getPort() > 0 ? uri.getPort() : 443);
        }
        if (keys != null) {
            spec.setApiKey(keys.apiKey());
            spec.setSecretKey(keys.secret());
            if (keys.passphrase() != null) {
                spec.setExchangeSpecificParametersItem("passphrase", keys.passphrase());
            }
        }
        // some modules read this flag unguarded before their defaults are merged in
        spec.setExchangeSpecificParametersItem(Exchange.USE_SANDBOX, false);
        spec.setShouldLoadRemoteMetaData(false);
        spec.setHttpConnTimeout((int) config.getConnectTimeout().toMillis());
        spec.setHttpReadTimeout((int) readTimeout.toMillis());
        spec.getResilience().setRetryEnabled(false);
        spec.getResilience().setRateLimiterEnabled(false);
        return ExchangeFactory.INSTANCE.createExchange(spec);
    }

    /**
     * The read timeout a call gets: the configured one, but never longer than the engine's own
     * deadline. A call still running after the engine gave up on it could place its order after the
     * engine has asked for the id and sent again; the timeout ends it first. (Binance also drops a
     * request older than its recvWindow, 5 s by default.)
     */
    public static java.time.Duration readTimeout(java.time.Duration configured, java.time.Duration venueTimeout) {
        return configured.compareTo(venueTimeout) > 0 ? venueTimeout : configured;
    }

    /** Checks a base URL an account gives: absolute http(s) with a host, or a clear message naming it. */
    public static String checkBaseUrl(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw new io.tradewire.trading.InvalidInputException("base_url",
                    "base_url must be an absolute http(s) URL such as https://api.binance.com, got '" + raw + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
