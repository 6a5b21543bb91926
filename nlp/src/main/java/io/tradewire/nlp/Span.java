package io.tradewire.nlp;

/** Where in the original message a value was read: [start, end) character offsets, and that text. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code message} from start to end. */
    public static Span of(String message, int start, int end) {
        return new Span(start, end, message.substring(start, end));
    }
}
