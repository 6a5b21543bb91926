package io.tradewire.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A provider's own words: aliases (how it writes a symbol, e.g. "YEN" for USDJPY) and words that
 * are never a symbol in its posts (its channel name, its slogan). Stored as data per provider;
 * no code change is needed to add one.
 */
public record ProviderVocabulary(Map<String, String> aliases, Set<String> ignoreWords) {
    public static final ProviderVocabulary NONE = new ProviderVocabulary(Map.of(), Set.of());

    public ProviderVocabulary {
        Map<String, String> a = new TreeMap<>();
        if (aliases != null) {
            aliases.forEach((word, symbol) -> a.put(word("aliases", word), symbol("aliases", word, symbol)));
        }
        Set<String> i = new TreeSet<>();
        if (ignoreWords != null) {
            ignoreWords.forEach(w -> i.add(word("ignore_words", w)));
        }
        aliases = java.util.Collections.unmodifiableMap(a);
        ignoreWords = java.util.Collections.unmodifiableSet(i);
    }

    public boolean isEmpty() {
        return aliases.isEmpty() && ignoreWords.isEmpty();
    }

    private static String word(String field, String w) {
        String up = w == null ? "" : w.trim().toUpperCase(Locale.ROOT);
        if (!up.matches("[\\p{L}0-9]{1,20}")) {
            throw new IllegalArgumentException(field + ": '" + w + "' is not a word (1 to 20 letters or digits)");
        }
        return up;
    }

    private static String symbol(String field, String w, String s) {
        String up = s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
        if (!up.matches("[A-Z0-9]{2,20}")) {
            throw new IllegalArgumentException(field + ": '" + w + "' maps to '" + s
                    + "', which is not a symbol like XAUUSD or BTCUSDT");
        }
        return up;
    }
}
