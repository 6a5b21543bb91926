package io.tradewire.nlp.corenlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the leverage of a post: "10x", "x20", "Cross (5.0X)", "Lev 20", "10x-20x"; a range gives its maximum. */
final class LeverageReader {

    /** The leverage and where it was written in the text. */
    record Found(int value, int start, int end) { }

    private static final Pattern TIMES_AFTER = Pattern.compile("(?<![A-Za-z0-9.])(\\d{1,3}(?:\\.\\d+)?)\\s?[xX](?![A-Za-z0-9])");
    private static final Pattern TIMES_BEFORE = Pattern.compile("(?<![A-Za-z0-9])[xX]\\s?(\\d{1,3})(?![\\d.])");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?<![A-Za-z])(?:lev(?:erage)?|плечо|apalancamiento|alavancagem|kaldıraç)\\s*[:\\-]?\\s*"
                    + "(?:cross|isolated|up\\s*to)?\\s*\\(?\\s*(\\d{1,3})(?![\\d.,]|\\s*%)");
    private static final Pattern[] ALL = {TIMES_AFTER, TIMES_BEFORE, LABELLED};
    private static final int MAX = 500;

    private LeverageReader() {
    }

    /** The highest leverage written, or null. */
    static Found read(String text) {
        Found best = null;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int v = (int) Math.floor(Double.parseDouble(m.group(1)));
                if (v > 0 && v <= MAX && (best == null || v > best.value())) {
                    best = new Found(v, m.start(1), m.end(1));
                }
            }
        }
        return best;
    }
}
