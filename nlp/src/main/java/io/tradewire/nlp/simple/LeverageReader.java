package io.tradewire.nlp.simple;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the leverage of a post: "10x", "x20", "Cross (5.0X)", "Lev 20", "3-5x"; a range gives its maximum. */
final class LeverageReader {

    private static final Pattern TIMES_AFTER = Pattern.compile("(?<![A-Za-z0-9.])(\\d{1,3}(?:\\.\\d+)?)\\s?[xX](?![A-Za-z0-9])");
    private static final Pattern TIMES_BEFORE = Pattern.compile("(?<![A-Za-z0-9])[xX]\\s?(\\d{1,3})(?![\\d.])");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?<![A-Za-z])lev(?:erage)?\\s*[:\\-]?\\s*(?:cross|isolated|up\\s*to)?\\s*\\(?\\s*(\\d{1,3})(?![\\d.,]|\\s*%)");
    private static final int MAX = 500;

    private LeverageReader() {
    }

    /** The highest leverage written, or null. */
    static Integer read(String text) {
        int best = 0;
        for (Pattern p : new Pattern[] {TIMES_AFTER, TIMES_BEFORE, LABELLED}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int v = (int) Math.floor(Double.parseDouble(m.group(1)));
                if (v > 0 && v <= MAX) {
                    best = Math.max(best, v);
                }
            }
        }
        return best == 0 ? null : best;
    }
}
