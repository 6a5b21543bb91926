package io.tradewire.nlp.corenlp;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised copy of a post that remembers, for every character, where it came from in the
 * original text, so that every value read from the copy gets a {@link io.tradewire.nlp.Span} of
 * the original. Immutable: each edit returns a new copy.
 */
final class CleanText {

    final String original;
    final String text;
    /** origin[i] = index in {@link #original} of text.charAt(i); origin[text.length()] = original.length(). */
    private final int[] origin;

    private CleanText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static CleanText of(String original) {
        int[] o = new int[original.length() + 1];
        for (int i = 0; i <= original.length(); i++) {
            o[i] = i;
        }
        return new CleanText(original, original, o);
    }

    /** Original offset of the start of [start, end) in this text. */
    int originStart(int start) {
        return origin[Math.max(0, Math.min(start, text.length()))];
    }

    /** Original offset just past the end of [start, end) in this text. */
    int originEnd(int start, int end) {
        if (end <= start) {
            return originStart(start);
        }
        int e = Math.min(end, text.length());
        return Math.min(original.length(), origin[e - 1] + 1);
    }

    io.tradewire.nlp.Span span(int start, int end) {
        int s = originStart(start);
        int e = Math.max(s, originEnd(start, end));
        return io.tradewire.nlp.Span.of(original, s, e);
    }

    /** Each match replaced by {@code replacement.apply(match)}; the new characters map to the match start. */
    CleanText replace(Pattern p, Function<MatchResult, String> replacement) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return this;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        IntList o = new IntList(text.length() + 16);
        int last = 0;
        do {
            copy(sb, o, last, m.start());
            String r = replacement.apply(m);
            for (int i = 0; i < r.length(); i++) {
                sb.append(r.charAt(i));
                // a replacement of the same length keeps each character's own origin
                o.add(r.length() == m.end() - m.start() ? origin[m.start() + i] : origin[m.start()]);
            }
            last = m.end();
        } while (m.find());
        copy(sb, o, last, text.length());
        o.add(original.length());
        return new CleanText(original, sb.toString(), o.toArray());
    }

    CleanText replace(Pattern p, String literal) {
        return replace(p, m -> literal);
    }

    /** Each match blanked with as many spaces as it has characters (offsets unchanged). */
    CleanText blank(Pattern p) {
        return replace(p, m -> " ".repeat(m.end() - m.start()));
    }

    /** A newline inserted before each match. */
    CleanText newlineBefore(Pattern p) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return this;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        IntList o = new IntList(text.length() + 16);
        int last = 0;
        do {
            copy(sb, o, last, m.start());
            sb.append('\n');
            o.add(origin[m.start()]);
            last = m.start();
        } while (m.find());
        copy(sb, o, last, text.length());
        o.add(original.length());
        return new CleanText(original, sb.toString(), o.toArray());
    }

    /** Copies text[from, to) with each character's origin. */
    private void copy(StringBuilder sb, IntList o, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.append(text.charAt(i));
            o.add(origin[i]);
        }
    }

    /** Single characters mapped one to one (same length, same offsets). */
    CleanText mapChars(Function<Character, Character> f) {
        char[] c = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            char n = f.apply(c[i]);
            changed |= n != c[i];
            c[i] = n;
        }
        return changed ? new CleanText(original, new String(c), origin) : this;
    }

    private static final class IntList {
        int[] a;
        int n;

        IntList(int cap) {
            a = new int[Math.max(4, cap)];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
