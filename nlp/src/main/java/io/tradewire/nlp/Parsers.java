package io.tradewire.nlp;

import io.tradewire.nlp.simple.SimpleSignalParser;

/** The parser Tradewire runs, wired in one place for the service, the CLI and the benchmarks. */
public final class Parsers {
    private Parsers() {
    }

    /** The production parser: thread-safe, never throws, validated. */
    public static SignalParser standard() {
        return new ValidatingParser(new SimpleSignalParser());
    }
}
