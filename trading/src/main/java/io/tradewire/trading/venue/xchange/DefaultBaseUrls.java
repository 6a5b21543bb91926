package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.InvalidInputException;

import java.util.Locale;
import java.util.Map;

/**
 * The API address a new account of an exchange gets when the request names none
 * ({@code tradewire.xchange.base-urls.<exchange>}). Chat users never type an address: the
 * operator decides where keys are checked and orders go (a regional endpoint, a testnet).
 */
final class DefaultBaseUrls {
    private DefaultBaseUrls() {
    }

    /** The request's own address, else the configured one for the module, else null (the public one). */
    @Nullable
    static String resolve(XChangeConfig config, ExchangeModule module, @Nullable String requested) {
        if (requested != null && !requested.isBlank()) {
            return XChangeFactory.checkBaseUrl(requested);
        }
        Map<String, String> urls = config.getBaseUrls();
        if (urls == null) {
            return null;
        }
        String configured = urls.get(module.name().toLowerCase(Locale.ROOT));
        return configured == null ? null : XChangeFactory.checkBaseUrl(configured);
    }

    /** Start-up check: every key a bundled exchange, every value an absolute http(s) address. */
    static void check(XChangeConfig config) {
        Map<String, String> urls = config.getBaseUrls();
        if (urls == null) {
            return;
        }
        urls.forEach((exchange, url) -> {
            try {
                ExchangeModule.resolve(exchange);
                XChangeFactory.checkBaseUrl(url);
                if (url == null || url.isBlank()) {
                    throw new InvalidInputException("base_url", "it is empty");
                }
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("tradewire.xchange.base-urls." + exchange + ": " + e.getMessage());
            }
        });
    }
}
