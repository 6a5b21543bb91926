package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.util.CoreMap;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.corenlp.PriceReader.Price;
import io.tradewire.nlp.corenlp.Tagger.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sections of a post: the labels, side words and symbols tagged by {@code markers.rules}
 * (plus symbols found by {@link SymbolReader}) each govern the prices written after them, and
 * the sections are filled into one {@link Draft} per trade.
 */
final class SectionReader {

    /** What the markers pass found: the drafts, in post order, and the first symbol written. */
    record Sections(List<Draft> drafts, SymbolReader.Found firstSymbol) {
        Draft first() {
            return drafts.get(0);
        }
    }

    /**
     * "TP 1", "Target1#", "T.p.1", "Tp1.1.96600": an index right after a target label, not a price;
     * but "Entry 20 SL 19" is a price, since a word follows it.
     */
    private static final Pattern INDEX = Pattern.compile(
            "^\\s?[.#]?\\s?\\d{1,2}(?=\\s(?![ \\t]*\\p{L})|[:\\-#=)@\\]]|,(?!\\d)|\\.(?!\\d)|\\.\\d+\\.\\d)");
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s\\]:]*([a-z]+)");
    /** A 🎯 written right before a price: a target marker when several of them each precede one. */
    private static final Pattern TARGET_EMOJI = Pattern.compile("\uD83C\uDFAF(?=[ \\t:\\-]*\\$?\\d)");

    private enum Role { ENTRY, STOP, TARGET, IGNORE, SIDE, SYMBOL }

    /** A marker at [start, end) governing the text after it. */
    private record Marker(Role role, Side side, SymbolReader.Found symbol, int start, int end, boolean glued) { }

    private final Lexicon lexicon;
    private final SymbolReader symbols;

    SectionReader(Lexicon lexicon, SymbolReader symbols) {
        this.lexicon = lexicon;
        this.symbols = symbols;
    }

    /** Tags the tokens of the priced text and fills the drafts. */
    Sections read(String text, CoreMap tokens) {
        List<Tag> tags = Tagger.tag(lexicon.markers, tokens);
        List<int[]> masked = new ArrayList<>();
        List<SymbolReader.Found> aliases = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<Draft.SideWord> hints = new ArrayList<>();
        for (Tag t : tags) {
            switch (t.value()) {
                case "ALIAS" -> {
                    String symbol = lexicon.aliases.get(Lexicon.key(text.substring(t.start(), t.end())));
                    if (symbol != null) {
                        aliases.add(new SymbolReader.Found(symbol, t.start(), t.end()));
                    }
                }
                case "BUY_HINT" -> hints.add(new Draft.SideWord(Side.BUY, t.start(), t.end()));
                case "SELL_HINT" -> hints.add(new Draft.SideWord(Side.SELL, t.start(), t.end()));
                default -> marker(t, text, masked, markers);
            }
        }
        targetEmoji(text, masked, markers);
        List<SymbolReader.Found> found = symbols.findAll(text, aliases);
        for (SymbolReader.Found f : found) {
            if (!overlaps(masked, f.start(), f.end())) {
                markers.add(new Marker(Role.SYMBOL, null, f, f.start(), f.end(), false));
            }
        }
        markers.sort(Comparator.comparingInt(Marker::start));
        return new Sections(drafts(text, markers, hints), found.isEmpty() ? null : found.get(0));
    }

    /** "🎯 66k / 🎯 68k": when at least two 🎯 each stand before a price, each marks a target. */
    private static void targetEmoji(String text, List<int[]> masked, List<Marker> out) {
        if (text.indexOf("\uD83C\uDFAF") < 0) {
            return;
        }
        List<Marker> found = new ArrayList<>();
        Matcher m = TARGET_EMOJI.matcher(text);
        while (m.find()) {
            if (!overlaps(masked, m.start(), m.end())) {
                found.add(new Marker(Role.TARGET, null, null, m.start(), m.end(), false));
            }
        }
        if (found.size() >= 2) {
            for (Marker t : found) {
                masked.add(new int[] {t.start(), t.end()});
            }
            out.addAll(found);
        }
    }

    /** Turns one tag of markers.rules into a marker (or only a masked span). */
    private void marker(Tag t, String text, List<int[]> masked, List<Marker> out) {
        int end = t.end();
        Role role;
        Side side = null;
        switch (t.value()) {
            case "ENTRY" -> role = Role.ENTRY;
            case "LINE_ENTRY" -> role = atLineStart(text, t.start()) ? Role.ENTRY : null;
            case "STOP" -> role = Role.STOP;
            case "TARGET" -> role = Role.TARGET;
            case "IGNORE" -> role = Role.IGNORE;
            case "BUY" -> {
                role = Role.SIDE;
                side = Side.BUY;
            }
            case "SELL" -> {
                role = Role.SIDE;
                side = Side.SELL;
            }
            default -> role = null; // NEUTRAL: masks the words inside it, governs nothing
        }
        if (role == Role.TARGET || role == Role.ENTRY) {
            Matcher idx = INDEX.matcher(text.substring(end, Math.min(text.length(), end + 12)));
            if (idx.find()) {
                end += idx.end();
            }
        }
        masked.add(new int[] {t.start(), end});
        if (role == null) {
            return;
        }
        if ((role == Role.ENTRY || role == Role.STOP || role == Role.TARGET) && isProse(text, end)) {
            return;
        }
        boolean glued = end < text.length() && Character.isDigit(text.charAt(end)) && end == t.end();
        out.add(new Marker(role, side, null, t.start(), end, glued));
    }

    /** Walks the marked sections and fills one draft per trade. */
    private static List<Draft> drafts(String text, List<Marker> markers, List<Draft.SideWord> hints) {
        List<Draft> drafts = new ArrayList<>();
        Draft d = new Draft();
        drafts.add(d);
        int h = 0;
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            while (h < hints.size() && hints.get(h).start() < m.start()) {
                d.sideHints.add(hints.get(h++));
            }
            int next = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            int sectionEnd = next > m.end() ? continuation(text, m.end(), next) : m.end();
            List<Price> prices = PriceReader.read(text, m.end(), sectionEnd);
            if (m.role() == Role.SYMBOL) {
                if (d.hasExits() && (d.symbol == null || !d.symbol.symbol().equals(m.symbol().symbol()))) {
                    d = new Draft();
                    drafts.add(d);
                }
                if (d.symbol == null) {
                    d.symbol = m.symbol();
                }
                d.plainEntries.addAll(prices);
                continue;
            }
            switch (m.role()) {
                case SIDE -> {
                    if (d.hasExits()) {
                        d = new Draft();
                        drafts.add(d);
                    }
                    Side established = d.wordSide();
                    if (d.hasEntries() && !prices.isEmpty() && m.side() != established) {
                        // "Buy 145-141 / Sell 148-151-160": after the entry, the other side's prices are targets.
                        d.targets.addAll(prices);
                    } else {
                        d.sideWords.add(new Draft.SideWord(m.side(), m.start(), m.end()));
                        d.plainEntries.addAll(prices);
                    }
                }
                case ENTRY -> d.labelledEntries.addAll(prices);
                case STOP -> {
                    if (d.stopLoss == null && !prices.isEmpty()) {
                        d.stopLoss = prices.get(0);
                    } else if (prices.isEmpty()) {
                        d.distanceSections.add(new Draft.Section(Field.STOP_LOSS_DISTANCE, m.end(), sectionEnd));
                    }
                }
                case TARGET -> {
                    if (m.glued() && !prices.isEmpty() && d.gluedTarget < 0) {
                        Price alternative = withoutFirstDigit(text, m.end(), sectionEnd);
                        if (alternative != null) {
                            d.gluedTarget = d.targets.size();
                            d.gluedAlternative = alternative;
                        }
                    }
                    d.targets.addAll(prices);
                    if (prices.isEmpty()) {
                        d.distanceSections.add(new Draft.Section(Field.TAKE_PROFIT_DISTANCE, m.end(), sectionEnd));
                    }
                }
                default -> {
                    // IGNORE: numbers that are not prices
                }
            }
        }
        while (h < hints.size()) {
            d.sideHints.add(hints.get(h++));
        }
        return drafts;
    }

    /** "41.3100" -> 1.3100 (the 4 was the index of "TP4"), when at least one integer digit remains. */
    private static Price withoutFirstDigit(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i - from < 2) {
            return null;
        }
        List<Price> p = PriceReader.read(text, from + 1, to);
        return p.isEmpty() ? null : p.get(0);
    }

    /** End of the marker's own line, then of following lines only while they are price lists ("- 0.3665"). */
    static int continuation(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        if (nl < 0 || nl >= to) {
            return to;
        }
        int end = nl;
        int lineStart = nl + 1;
        while (lineStart <= to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            CharSequence line = text.subSequence(lineStart, lineEnd);
            if (SymbolReader.hasLetter(line) && !startsWithNumber(line)) {
                break;
            }
            end = lineEnd;
            if (lineEnd >= to) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return end;
    }

    /** True when the first letter or digit of the line is a digit ("☑️ 1.155 | 40% of profit"). */
    private static boolean startsWithNumber(CharSequence line) {
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

    /** A label followed by an ordinary lower-case word is prose: "our last entry and it ...". */
    private boolean isProse(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        return word.length() >= 2 && !lexicon.connectors.contains(word);
    }

    private static boolean atLineStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
