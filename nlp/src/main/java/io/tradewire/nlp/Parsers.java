package io.tradewire.nlp;

import io.tradewire.nlp.corenlp.CoreNlpSignalParser;

/** The parser Tradewire runs, wired in one place for the service, the CLI and the benchmarks. */
public final class Parsers {
    private Parsers() {
    }

    /** The production parser: CoreNLP tokens and TokensRegex rules, validated; thread-safe, never throws. */
    public static SignalParser standard() {
        return new ValidatingParser(new CoreNlpSignalParser());
    }
}
