package io.tradewire.nlp.simple;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a post before it is read: unifies spaces, dashes and look-alike letters, drops URLs
 * and chat emoji codes, and re-splits labels whose newline was lost ("LONGLeverage: 10xEntry").
 * {@link #forPrices} then removes numbers that are never prices (dates, times, pips, percentages,
 * leverage, list numbering), each replaced by a space so positions of words stay meaningful.
 */
final class TextCleaner {

    /** Longest text read; the rest of a longer post is ignored. */
    static final int MAX_LENGTH = 20_000;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*");
    private static final Pattern COLON_EMOJI = Pattern.compile(":[a-z][a-z0-9_+\\-]*:");
    private static final Pattern UNDERSCORE_EMOJI = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\uFE0F\\u20E3]");

    private static final Pattern LEVERAGE_RANGE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9.])\\d{1,3}(?:\\.\\d+)?\\s*x?\\s*[-_/]\\s*\\d{1,3}(?:\\.\\d+)?\\s*x(?![A-Za-z])");
    private static final Pattern LEVERAGE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9.])(?:\\d{1,3}(?:\\.\\d+)?\\s?x|x\\s?\\d{1,3})(?![A-Za-z0-9])");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(?:\\d{4}([./-])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([./])\\d{1,2}\\2\\d{2,4})(?![\\d.])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d.])");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<![A-Za-z0-9.])\\d{1,2}(?:st|nd|rd|th)(?![A-Za-z])");
    private static final Pattern PIPS = Pattern.compile(
            "(?i)(?:(?<![\\d.])\\d+(?:\\s*-\\s*\\d+)*|\\d+\\.\\d+)\\s*(?:pips?|points?)(?![A-Za-z])");
    private static final Pattern PERCENT_RANGE = Pattern.compile("(?<![\\d.])\\d{1,2}\\s*-\\s*\\d{1,3}\\s*%");
    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?\\s*%");
    private static final Pattern SIGNED = Pattern.compile("\\+\\s?\\d+(?:[.,]\\d+)?");
    private static final Pattern ENUMERATOR = Pattern.compile("(?<![\\d.,])\\d{1,2}\\)");
    private static final Pattern KEYCAP = Pattern.compile("\\d[\\uFE0F]?\\u20E3");

    private TextCleaner() {
    }

    /** Spaces, dashes, emoji codes, URLs and glued labels; the text every reader starts from. */
    static String basic(String raw) {
        String t = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        t = KEYCAP.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ");
        t = INVISIBLE.matcher(t).replaceAll("");
        t = t.replace('\u2013', '-').replace('\u2014', '-').replace('\u2012', '-').replace('\u2010', '-')
                .replace('\u2212', '-').replace('\u0445', 'x').replace('\u0425', 'X').replace('*', ' ')
                .replace('\u00BD', ' ').replace('\uFF1A', ':');
        t = URL.matcher(t).replaceAll(" ");
        t = COLON_EMOJI.matcher(t).replaceAll(" ");
        t = UNDERSCORE_EMOJI.matcher(t).replaceAll(" ");
        t = Vocabulary.get().glue.matcher(t).replaceAll("\n$0");
        return t;
    }

    /** {@link #basic} text without the numbers that are never prices. */
    static String forPrices(String basic) {
        String t = basic;
        t = LEVERAGE_RANGE.matcher(t).replaceAll(" ");
        t = LEVERAGE.matcher(t).replaceAll(" ");
        t = DATE.matcher(t).replaceAll(" ");
        t = TIME.matcher(t).replaceAll(" ");
        t = ORDINAL.matcher(t).replaceAll(" ");
        t = PIPS.matcher(t).replaceAll(" ");
        t = PERCENT_RANGE.matcher(t).replaceAll(" ");
        t = PERCENT.matcher(t).replaceAll(" ");
        t = SIGNED.matcher(t).replaceAll(" ");
        t = ENUMERATOR.matcher(t).replaceAll(" ");
        return t;
    }

    static boolean hasLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    /** True when the first letter or digit of the line is a digit ("☑️ 1.155 | 40% of profit"). */
    static boolean startsWithNumber(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    static String replaceAll(Pattern p, String text, String replacement) {
        Matcher m = p.matcher(text);
        return m.replaceAll(replacement);
    }
}
