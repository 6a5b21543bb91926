package io.tradewire.nlp.corenlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises a post before it is read: spaces, dashes, emoji codes, URLs and glued labels
 * ({@link #basic}), then every number that is not a price blanked out ({@link #priced}):
 * leverage, dates, times, ordinals, pips, percentages, signed results, list indexes. Offsets are
 * kept, so every value read from the result maps back to the original post.
 */
final class PostNormalizer {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*");
    private static final Pattern COLON_EMOJI = Pattern.compile(":[a-z][a-z0-9_+\\-]*:");
    private static final Pattern UNDERSCORE_EMOJI = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\uFE0F\\u20E3]");
    private static final Pattern CR = Pattern.compile("\\r\\n?");
    private static final Pattern KEYCAP = Pattern.compile("\\d[\\uFE0F]?\\u20E3");
    /** Cyrillic "х" written for the leverage "x" ("10х"), but not inside words ("Вход"). */
    private static final Pattern CYRILLIC_TIMES = Pattern.compile("(?<=\\d\\s?)[\\u0445\\u0425]|[\\u0445\\u0425](?=\\s?\\d)");
    private static final Pattern LEVERAGE_RANGE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9.])\\d{1,3}(?:\\.\\d+)?\\s*x?\\s*[-_/]\\s*\\d{1,3}(?:\\.\\d+)?\\s*x(?![A-Za-z])");
    private static final Pattern LEVERAGE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9.])(?:\\d{1,3}(?:\\.\\d+)?\\s?x|x\\s?\\d{1,3})(?![A-Za-z0-9])");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(?:\\d{4}([./-])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([./])\\d{1,2}\\2\\d{2,4})(?![\\d.])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d.])");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![A-Za-z0-9.])\\d{1,2}(?:st|nd|rd|th)(?![A-Za-z])");
    private static final Pattern PIPS = Pattern.compile(
            "(?i)(?:(?<![\\d.])\\d+(?:\\s*[-/]\\s*\\d+)*|\\d+\\.\\d+)\\s*(?:pips?|points?|пунктов|пипсов|puntos|pontos)(?![\\p{L}])");
    private static final Pattern PERCENT_RANGE = Pattern.compile("(?<![\\d.])\\d{1,2}\\s*-\\s*\\d{1,3}\\s*%");
    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?\\s*%");
    private static final Pattern SIGNED = Pattern.compile("\\+\\s?\\d+(?:[.,]\\d+)?");
    private static final Pattern ENUMERATOR = Pattern.compile("(?<![\\d.,])\\d{1,2}\\)");
    /** "1. 188.90" at the start of a line: the index of a numbered list, not a price. */
    private static final Pattern LINE_INDEX = Pattern.compile("(?m)^[ \\t]*\\d{1,2}\\.(?=[ \\t]+\\d)");
    private static final List<Pattern> NOT_PRICES = List.of(LEVERAGE_RANGE, LEVERAGE, DATE, TIME, ORDINAL, PIPS,
            PERCENT_RANGE, PERCENT, SIGNED, ENUMERATOR, LINE_INDEX, SymbolReader.BROKER_SUFFIX);

    private PostNormalizer() {
    }

    /** The first distance (pips, points or percent) in [start, end) of the text, as {start, end}, or null. */
    static int[] distanceIn(String text, int start, int end) {
        int[] best = null;
        for (Pattern p : List.of(PIPS, PERCENT)) {
            java.util.regex.Matcher m = p.matcher(text).region(start, Math.min(end, text.length()));
            if (m.find() && (best == null || m.start() < best[0])) {
                best = new int[] {m.start(), m.end()};
            }
        }
        return best;
    }

    /** The post with spaces, dashes, emoji codes, URLs and glued labels normalised; offsets kept. */
    static CleanText basic(String raw, Lexicon lexicon) {
        CleanText t = CleanText.of(raw)
                .replace(CR, "\n")
                .replace(KEYCAP, " ")
                .blank(SPACES)
                .replace(INVISIBLE, "")
                .replace(CYRILLIC_TIMES, m -> m.group().equals("\u0445") ? "x" : "X")
                .mapChars(c -> switch (c) {
                    case '\u2013', '\u2014', '\u2012', '\u2010', '\u2212' -> '-';
                    case '*', '\u00BD' -> ' ';
                    case '\uFF1A' -> ':';
                    default -> c;
                })
                .replace(URL, " ")
                .replace(COLON_EMOJI, " ")
                .replace(UNDERSCORE_EMOJI, " ");
        return t.newlineBefore(lexicon.glue);
    }

    /** The basic text with every number that is not a price blanked (same length, same offsets). */
    static CleanText priced(CleanText basic) {
        CleanText priced = basic;
        for (Pattern p : NOT_PRICES) {
            priced = priced.blank(p);
        }
        return priced;
    }
}
