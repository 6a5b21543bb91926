package io.tradewire.config.xchange;

import io.tradewire.config.localexchange.LocalExchange;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.setup.Setup;
import io.tradewire.trading.venue.xchange.ExchangeAccounts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Subscribers whose account is on the local exchange, added the way a user adds one (the key is
 * checked against the exchange and stored sealed), each following one provider.
 */
final class ExchangeFollowers {
    private ExchangeFollowers() {
    }

    /** Opens an exchange account with {@code usdt} free, adds it for a new subscriber, follows with a fixed quote. */
    static long add(Setup setup, ExchangeAccounts accounts, LocalExchange exchange, String module, long providerId,
                    String name, BigDecimal quote, BigDecimal usdt) {
        String key = "key-" + name + "-0123456789abcdef";
        String secret = "secret-" + name + "-fedcba9876543210";
        exchange.addAccount(key, secret, Map.of("USDT", usdt));
        setup.addSubscriber("test", name, BigDecimal.ZERO);
        long id = accounts.add("test", new ExchangeAccounts.NewAccount(name, module, module, "spot",
                exchange.baseUrl(), key, secret, null)).accountId();
        setup.follow("test", name, providerId, module, new CopySettings(SizingMode.FIXED_QUOTE, quote, null, false,
                null));
        return id;
    }

    static String key(String name) {
        return "key-" + name + "-0123456789abcdef";
    }

    static String secret(String name) {
        return "secret-" + name + "-fedcba9876543210";
    }
}
