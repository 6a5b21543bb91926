package io.tradewire.nlp.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds instrument names in a post and spells them the way the rest of Tradewire does:
 * upper case, no separator ({@code BTCUSDT}, {@code EURUSD}, {@code XAUUSD}). Reads slashed,
 * dashed and glued pairs, spaced forex pairs ("NZD USD"), bare bases written as {@code #EGLD},
 * {@code $BTC}, "Buy FET" or "Coin: DNT" (which get the default quote); aliases (GOLD, DAX, ...)
 * come from the TokensRegex tagger. Broker suffixes ({@code .m}, {@code .cash}, {@code -ECN}) are dropped.
 */
final class SymbolReader {

    /** One symbol found in the text, at [start, end). */
    record Found(String symbol, int start, int end) { }

    private static final Pattern PAIR = Pattern.compile(
            "(?<![A-Za-z0-9])[#$]?([A-Za-z0-9]{2,10})\\s?[/_\\-]\\s?[#$]?([A-Za-z]{3,5})(?![A-Za-z0-9])");
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]{2,16}(?![A-Za-z0-9])");
    private static final Pattern SPACED = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{3})\\s+([A-Za-z]{3})(?![A-Za-z0-9])");
    private static final Pattern TAGGED = Pattern.compile("[#$]([A-Za-z0-9]{2,10})(?![A-Za-z0-9])");
    private static final Pattern AFTER_SIDE = Pattern.compile(
            "(?i)(?<![A-Za-z])(?:buy|sell|long|short)\\s*[:\\-]?\\s+([A-Z0-9]{2,10})(?![A-Za-z0-9])");
    private static final Pattern AFTER_LABEL = Pattern.compile(
            "(?i)(?<![A-Za-z])(?:coin(?:\\s*name)?|pair|symbol|instrument|asset|ticker)\\s*[:\\-=>@#]*\\s*[#$]?([A-Za-z0-9]{2,10})"
                    + "(?![A-Za-z0-9])");
    /** "NEAR LONG 5.20", "sui long 1.05", "BTC swing long 61,200": a bare base right before a side word. */
    private static final Pattern BEFORE_SIDE = Pattern.compile(
            "(?<![A-Za-z0-9#$/.\\-])([A-Za-z][A-Za-z0-9]{1,9})[ \\t]+(?:(?i:swing|scalp|spot|futures|intraday)[ \\t]+)?"
                    + "(?i:buy|sell|long|short)(?![A-Za-z0-9])(?=([^\\n]*))");
    /** Words that come before a side word in prose ("go long", "we sell"): never a base. */
    private static final Set<String> PROSE = Set.of("GO", "GOING", "WENT", "WE", "I", "IM", "YOU", "THEY", "BE", "AM",
            "IS", "ARE", "WAS", "WILL", "WOULD", "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "TO", "NOT", "DONT", "JUST",
            "ALSO", "STILL", "THEN", "SO", "ONLY", "NEVER", "IF", "WHEN", "AND", "OR", "BUT", "THE", "A", "AN", "TOO",
            "STAY", "STAYING", "GET", "GETTING", "OPEN", "OPENED", "OPENING", "TIME", "HOLD", "GOOD", "ITS", "THIS",
            "THAT", "ALREADY", "STRONG", "VERY", "NO");
    /** Broker suffixes after a symbol: "EURUSD.m", "US30.cash", "GBPUSD-ECN", "XAUUSD.pro". */
    static final Pattern BROKER_SUFFIX = Pattern.compile(
            "(?i)(?<=[A-Za-z0-9])(?:\\.(?:m|c|i|a|b|r|x|e|pro|raw|ecn|std|cash|micro|mini)|[-_](?:ecn|pro|raw|cash|std|stp))(?![A-Za-z0-9])");

    private final Lexicon lexicon;
    private final String defaultQuote;
    private final List<String> quotesLongestFirst;

    SymbolReader(Lexicon lexicon, String defaultQuote) {
        this.lexicon = lexicon;
        this.defaultQuote = defaultQuote;
        List<String> q = new ArrayList<>(lexicon.cryptoQuotes);
        q.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.quotesLongestFirst = List.copyOf(q);
    }

    /** Every symbol in the text, in order, without overlaps (a pair wins over a bare word inside it). */
    List<Found> findAll(String text, List<Found> aliases) {
        List<Found> all = new ArrayList<>(aliases);
        pairs(text, all);
        glued(text, all);
        spaced(text, all);
        bases(TAGGED, text, all);
        bases(AFTER_SIDE, text, all);
        bases(AFTER_LABEL, text, all);
        beforeSide(text, all);
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> out = new ArrayList<>();
        int end = -1;
        for (Found f : all) {
            if (f.start() >= end) {
                out.add(f);
                end = f.end();
            }
        }
        return out;
    }

    private void pairs(String text, List<Found> out) {
        Matcher m = PAIR.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2); // "Coin - PHB/Btc": the quote of one match may be the base of the next
            String base = m.group(1).toUpperCase(Locale.ROOT);
            String quote = m.group(2).toUpperCase(Locale.ROOT);
            if (!hasLetter(base) || lexicon.ignored.contains(base)) {
                continue;
            }
            String alias = lexicon.aliases.get(base + "/" + quote);
            if (alias == null && quote.equals("USD")) {
                alias = lexicon.aliases.get(base);
            }
            if (alias != null) {
                out.add(new Found(alias, m.start(), m.end()));
            } else if (quote.equals("PERP")) {
                out.add(new Found(base + defaultQuote, m.start(), m.end()));
            } else if (lexicon.cryptoQuotes.contains(quote) || lexicon.fiat.contains(quote)) {
                out.add(new Found(base + quote, m.start(), m.end()));
            }
        }
    }

    /** "EURUSD", "eurusd", "EURUSDm" (broker suffix), "BTCUSDT", "1INCHUSDT". */
    private void glued(String text, List<Found> out) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            String up = word.toUpperCase(Locale.ROOT);
            if (up.length() >= 6 && up.length() <= 9 && lexicon.fiat.contains(up.substring(0, 3))
                    && lexicon.fiat.contains(up.substring(3, 6)) && !up.substring(0, 3).equals(up.substring(3, 6))
                    && word.substring(6).chars().allMatch(Character::isLetter)) {
                out.add(new Found(up.substring(0, 6), m.start(), m.end()));
                continue;
            }
            if (!word.equals(up) || !hasLetter(up)) {
                continue;
            }
            for (String quote : quotesLongestFirst) {
                if (up.length() > quote.length() + 1 && up.endsWith(quote)) {
                    String base = up.substring(0, up.length() - quote.length());
                    if (hasLetter(base) && !lexicon.ignored.contains(base)) {
                        String q = quote.equals("PERP") ? defaultQuote : quote;
                        out.add(new Found(base + q, m.start(), m.end()));
                        break;
                    }
                }
            }
        }
    }

    /** "NZD USD", "Gbp cad", "XAU USD". */
    private void spaced(String text, List<Found> out) {
        Matcher m = SPACED.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String a = m.group(1).toUpperCase(Locale.ROOT);
            String b = m.group(2).toUpperCase(Locale.ROOT);
            if (lexicon.fiat.contains(a) && lexicon.fiat.contains(b) && !a.equals(b)) {
                out.add(new Found(a + b, m.start(), m.end()));
                from = m.end();
            } else {
                from = m.start(2);
            }
        }
    }

    /** A bare base: "#EGLD", "$BTC", "Buy FET", "Coin Name-> DNT". Lower-case words are not bases. */
    private void bases(Pattern p, String text, List<Found> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            String up = word.toUpperCase(Locale.ROOT);
            if (lexicon.aliases.containsKey(up)) {
                continue; // tagged as an alias
            }
            if (!word.equals(up) || !hasLetter(up) || lexicon.ignored.contains(up) || lexicon.fiat.contains(up)
                    || up.startsWith("USD") || up.equals(defaultQuote) || isLabel(up)) {
                continue;
            }
            out.add(new Found(up + defaultQuote, m.start(1), m.end(1)));
        }
    }

    /**
     * A base written right before a side word: upper case anywhere ("NEAR LONG"), lower case only at
     * the start of a line with a price after the side word ("sui long 1.05"). It stays bare: the
     * corpus convention is that a base with no quote in the text is the base alone.
     */
    private void beforeSide(String text, List<Found> out) {
        Matcher m = BEFORE_SIDE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            String up = word.toUpperCase(Locale.ROOT);
            boolean upper = word.equals(up);
            if (!upper && !(word.equals(word.toLowerCase(Locale.ROOT)) && atLineStart(text, m.start(1))
                    && hasDigit(m.group(2)))) {
                continue;
            }
            if (lexicon.aliases.containsKey(up) || lexicon.ignored.contains(up) || lexicon.fiat.contains(up)
                    || up.equals("PERP") || up.startsWith("USD") || PROSE.contains(up) || isLabel(up)) {
                continue;
            }
            out.add(new Found(up, m.start(1), m.end(1)));
        }
    }

    private static boolean atLineStart(String text, int pos) {
        for (int i = pos - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** "TP1", "SL", "LONG": a label or side word, not a coin. */
    private boolean isLabel(String word) {
        return lexicon.labelWord.matcher(word.replaceAll("\\d+$", "")).matches();
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
}
