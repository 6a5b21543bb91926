package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.venue.xchange.generic.ResilienceCompat;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.kraken.KrakenExchange;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An XChange exchange module, by our short name (binance, bybit, okx, kraken, coinbase, kucoin)
 * or by the full class name of any other {@link Exchange} XChange ships that is on the classpath.
 * OKX, Coinbase and KuCoin come as {@link ResilienceCompat} subclasses of their module's class.
 */
public record ExchangeModule(String name, Class<? extends Exchange> exchangeClass) {
    private static final Map<String, Class<? extends Exchange>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("binance", BinanceExchange.class);
        KNOWN.put("bybit", BybitExchange.class);
        KNOWN.put("okx", ResilienceCompat.Okx.class);
        KNOWN.put("kraken", KrakenExchange.class);
        KNOWN.put("coinbase", ResilienceCompat.Coinbase.class);
        KNOWN.put("kucoin", ResilienceCompat.Kucoin.class);
    }

    private static final java.util.Set<String> WITH_PASSPHRASE = java.util.Set.of("okx", "kucoin", "coinbase");

    /** Whether the exchange's API keys come with a passphrase chosen when the key was made. */
    public static boolean needsPassphrase(String shortName) {
        return shortName != null && WITH_PASSPHRASE.contains(shortName.toLowerCase(Locale.ROOT));
    }

    /** The short names, for error messages and docs. */
    public static java.util.Set<String> known() {
        return KNOWN.keySet();
    }

    public static ExchangeModule resolve(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("exchange", "exchange is required: one of " + String.join(", ", known())
                    + ", or the class name of an XChange exchange");
        }
        String name = raw.strip();
        Class<? extends Exchange> known = KNOWN.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            // an unknown class name is refused below; a known short name always resolves
            return new ExchangeModule(name.toLowerCase(Locale.ROOT), known);
        }
        if (!name.startsWith("org.knowm.xchange.")) {
            throw new InvalidInputException("exchange", "unknown exchange '" + raw + "': use one of "
                    + String.join(", ", known()) + ", or the class name of an XChange exchange (org.knowm.xchange...)");
        }
        try {
            Class<?> c = Class.forName(name, false, ExchangeModule.class.getClassLoader());
            if (!Exchange.class.isAssignableFrom(c)) {
                throw new InvalidInputException("exchange", name + " is not an XChange Exchange class");
            }
            return new ExchangeModule(name, c.asSubclass(Exchange.class));
        } catch (ClassNotFoundException e) {
            throw new InvalidInputException("exchange", "exchange module " + name
                    + " is not on the classpath; the bundled ones are " + String.join(", ", known()));
        }
    }
}
