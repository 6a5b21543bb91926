package io.tradewire.trading.venue.mt5.link;

import java.util.Map;
import java.util.TreeMap;

/**
 * How one account's broker names symbols: explicit names first (XAUUSD -> GOLD), else the
 * signal's symbol with the account's suffix (EURUSD -> EURUSD.m), else the symbol as it is.
 */
public record SymbolMap(String suffix, Map<String, String> explicit) {
    public SymbolMap {
        explicit = Map.copyOf(new TreeMap<>(explicit));
    }

    public static SymbolMap none() {
        return new SymbolMap("", Map.of());
    }

    public String toBroker(String symbol) {
        return explicit.getOrDefault(symbol, symbol + suffix);
    }

    /** The signal's symbol for a broker name, for positions the terminal reports. */
    public String toSignal(String brokerSymbol) {
        for (var e : explicit.entrySet()) {
            if (e.getValue().equals(brokerSymbol)) {
                return e.getKey();
            }
        }
        if (!suffix.isEmpty() && brokerSymbol.endsWith(suffix)) {
            return brokerSymbol.substring(0, brokerSymbol.length() - suffix.length());
        }
        return brokerSymbol;
    }
}
