package io.tradewire.nlp;

/**
 * Why the parser read a field: the span it came from. A field read from several places (an
 * entry zone, each take-profit) has one evidence per value, in message order. A value the
 * parser inferred rather than read (a side from the prices) has the span of what it was
 * inferred from and {@code inferred} set.
 */
public record Evidence(Field field, Span span, boolean inferred) {
    public static Evidence read(Field field, Span span) {
        return new Evidence(field, span, false);
    }

    public static Evidence inferred(Field field, Span span) {
        return new Evidence(field, span, true);
    }
}
