package io.tradewire.nlp;

import java.util.List;

/** Reads a provider's post. Implementations are thread-safe and never throw on any text. */
public interface SignalParser {

    /** Every signal in the text, in order; a single {@link Signal.None} when there is none. */
    List<Signal> parseAll(String text);

    /**
     * This parser with a provider's own aliases and ignore words added (this one is unchanged).
     * Parsers without a vocabulary say so rather than silently ignoring it.
     */
    default SignalParser withVocabulary(ProviderVocabulary vocabulary) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes no provider vocabulary");
    }

    /** The first signal of the text (the one a post is usually about). */
    default Signal parse(String text) {
        return parseAll(text).get(0);
    }
}
