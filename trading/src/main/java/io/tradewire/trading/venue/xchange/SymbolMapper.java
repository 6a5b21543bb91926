package io.tradewire.trading.venue.xchange;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a signal's symbol among one exchange's listings. A signal may say {@code BTCUSDT},
 * {@code BTC/USDT}, {@code BTC-USDT}, {@code BTC-PERP} or {@code BTCUSDT.P}; an exchange may spell the
 * pair BTCUSDT, BTC-USDT or XBTUSDT. Both sides are reduced to base + quote and matched; a
 * perpetual (PERP) names the underlying pair, in the default quote when it names none.
 */
public final class SymbolMapper {
    private static final Map<String, String> ALIASES = Map.of("XBT", "BTC", "XDG", "DOGE");

    private final Map<String, Listing> byPair = new HashMap<>();
    private final String defaultQuote;

    public SymbolMapper(List<Listing> listings, String defaultQuote) {
        this.defaultQuote = defaultQuote.toUpperCase(Locale.ROOT);
        for (Listing l : listings) {
            byPair.putIfAbsent(canonical(l.base()) + "/" + canonical(l.quote()), l);
        }
    }

    public int size() {
        return byPair.size();
    }

    /** The listing a signal's symbol names on this exchange; empty when the exchange does not list it. */
    public Optional<Listing> resolve(String signalSymbol) {
        if (signalSymbol == null || signalSymbol.isBlank()) {
            return Optional.empty();
        }
        String s = signalSymbol.strip().toUpperCase(Locale.ROOT).replaceFirst("^[#$]", "");
        s = s.replaceFirst("(\\.P|[-_/ ]?PERP(ETUAL)?)$", "");
        String[] parts = s.split("[/\\-_: ]");
        if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
            return lookup(parts[0], parts[1]);
        }
        if (parts.length != 1) {
            return Optional.empty();
        }
        for (int cut = s.length() - 1; cut >= 1; cut--) {
            Optional<Listing> found = lookup(s.substring(0, cut), s.substring(cut));
            if (found.isPresent()) {
                return found;
            }
        }
        return lookup(s, defaultQuote);
    }

    private Optional<Listing> lookup(String base, String quote) {
        return Optional.ofNullable(byPair.get(canonical(base) + "/" + canonical(quote)));
    }

    private static String canonical(String currency) {
        String c = currency.toUpperCase(Locale.ROOT);
        return ALIASES.getOrDefault(c, c);
    }
}
