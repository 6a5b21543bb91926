package io.tradewire.nlp.corenlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prices written in a piece of text, in order, each with where it was written:
 * thousands separators ("27,400"), comma decimals ("108,70"), comma lists ("132.650,133.000"),
 * a {@code k} suffix ("45k"), a space written for the point ("1 7786"), and abbreviated second
 * prices ("105.70-85", "134.30/35", "2345/48"). A number glued to a following word ("15m", "1H") is not a price.
 */
final class PriceReader {

    /** A price and where it was written, [start, end) in the text given to {@link #read}. */
    record Price(BigDecimal value, int start, int end) { }

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])\\d+(?:[.,]\\d+)*");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern SPACE_FOR_POINT = Pattern.compile("(?<![\\d.,])(\\d) (\\d{4,5})(?![\\d.,])");
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*[-/_]\\s*");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final int MAX_DIGITS = 40;

    private PriceReader() {
    }

    /** The prices of text[from, to), with offsets into text. */
    static List<Price> read(String text, int from, int to) {
        String t = SPACE_FOR_POINT.matcher(text.substring(from, to)).replaceAll("$1.$2"); // same length
        List<Price> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        int previousEnd = -1;
        while (m.find()) {
            String token = m.group();
            if (token.length() > MAX_DIGITS) {
                continue;
            }
            BigDecimal multiplier = BigDecimal.ONE;
            int end = m.end();
            if (m.end() < t.length() && Character.isLetter(t.charAt(m.end()))) {
                char c = t.charAt(m.end());
                boolean kSuffix = (c == 'k' || c == 'K')
                        && (m.end() + 1 >= t.length() || !Character.isLetter(t.charAt(m.end() + 1)));
                if (!kSuffix) {
                    continue;
                }
                multiplier = THOUSAND;
                end++;
            }
            List<BigDecimal> values = interpret(token);
            boolean joinable = previousEnd >= 0 && RANGE_GAP.matcher(t.substring(previousEnd, m.start())).matches();
            for (BigDecimal v : values) {
                BigDecimal value = v.multiply(multiplier);
                if (joinable && !out.isEmpty() && values.size() == 1 && token.indexOf('.') < 0 && token.indexOf(',') < 0) {
                    BigDecimal abbreviated = abbreviated(out.get(out.size() - 1).value(), token);
                    if (abbreviated != null) {
                        value = abbreviated;
                    }
                }
                out.add(new Price(value, from + m.start(), from + end));
            }
            previousEnd = m.end();
        }
        return out;
    }

    /** "27,400" -> 27400; "108,70" -> 108.70; "132.650,133.000" -> two prices; "1.2.3" -> none. */
    static List<BigDecimal> interpret(String token) {
        if (THOUSANDS.matcher(token).matches()) {
            return List.of(new BigDecimal(token.replace(",", "")));
        }
        int commas = count(token, ',');
        int dots = count(token, '.');
        if (commas == 0) {
            return dots <= 1 ? List.of(new BigDecimal(token)) : List.of();
        }
        if (dots == 0 && commas == 1) {
            return List.of(new BigDecimal(token.replace(',', '.')));
        }
        List<BigDecimal> out = new ArrayList<>();
        for (String part : token.split(",")) {
            if (!part.isEmpty() && count(part, '.') <= 1) {
                out.add(new BigDecimal(part));
            }
        }
        return out;
    }

    /**
     * The second price of a range written short: "105.70-85" is 105.85, "2345/48" is 2348. Only when
     * the digits fit in the first price's decimals (or its last digits), the short reading is close
     * to the first price, and the literal reading is not.
     */
    static BigDecimal abbreviated(BigDecimal previous, String digits) {
        int scale = previous.scale();
        int n = digits.length();
        if (n < 2 || previous.signum() <= 0) {
            return null;
        }
        String plain = previous.toPlainString();
        int point = plain.indexOf('.');
        BigDecimal candidate;
        if (point < 0) {
            // "2345/48" is 2345..2348: the last digits of a whole number of at least two more digits
            if (plain.length() < n + 2) {
                return null;
            }
            candidate = new BigDecimal(plain.substring(0, plain.length() - n) + digits);
        } else if (scale >= n) {
            String fraction = plain.substring(point + 1);
            candidate = new BigDecimal(plain.substring(0, point) + "." + fraction.substring(0, scale - n) + digits);
        } else {
            return null;
        }
        BigDecimal literal = new BigDecimal(digits);
        if (relativeGap(candidate, previous) < 0.25 && relativeGap(literal, previous) > 0.15) {
            return candidate;
        }
        return null;
    }

    static double relativeGap(BigDecimal a, BigDecimal b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
