package io.tradewire.trading.provider;

import io.tradewire.nlp.ProviderVocabulary;
import io.tradewire.nlp.SignalParser;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parser for each provider: the standard one plus the provider's own vocabulary, built
 * once and kept until that vocabulary changes. Runs inside the caller's transaction.
 */
@Singleton
public class ProviderParsers {
    private final SignalParser base;
    private final VocabularyRepository words;
    private final Map<Long, SignalParser> byProvider = new ConcurrentHashMap<>();

    ProviderParsers(SignalParser base, VocabularyRepository words) {
        this.base = base;
        this.words = words;
    }

    public SignalParser forProvider(Long providerId) {
        return byProvider.computeIfAbsent(providerId, id -> {
            ProviderVocabulary v = vocabulary(id);
            return v.isEmpty() ? base : base.withVocabulary(v);
        });
    }

    public ProviderVocabulary vocabulary(Long providerId) {
        Map<String, String> aliases = new HashMap<>();
        Set<String> ignore = new TreeSet<>();
        for (VocabularyWord w : words.findByProviderId(providerId)) {
            if (w.symbol() == null) {
                ignore.add(w.word());
            } else {
                aliases.put(w.word(), w.symbol());
            }
        }
        return new ProviderVocabulary(aliases, ignore);
    }

    /** Replaces the provider's stored vocabulary (in the caller's transaction); call {@link #forget} after it commits. */
    public void replace(Long providerId, ProviderVocabulary vocabulary) {
        words.deleteByProviderId(providerId);
        vocabulary.aliases().forEach((word, symbol) -> words.insert(providerId, word, symbol));
        vocabulary.ignoreWords().forEach(word -> words.insert(providerId, word, null));
        byProvider.remove(providerId);
    }

    /** Drops the cached parser, so the provider's next post is read with its committed vocabulary. */
    public void forget(Long providerId) {
        byProvider.remove(providerId);
    }
}
