package io.tradewire.nlp.simple;

import io.tradewire.nlp.Side;
import io.tradewire.nlp.simple.Vocabulary.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a cleaned post into marked sections: every label ("SL", "Targets", "Entry Zone"), side
 * word and symbol starts a section, which runs to the next marker. Numbers are then read per
 * section, so "SL 1.2 TP 1.3" and "Stop Loss:\n- 1.2" read alike, with or without newlines.
 */
final class MarkerScanner {

    /**
     * A marker at [start, end) and the text it governs. {@code glued} is true when a number
     * follows the label with no separator ("TP41.3100"), so its first digit may be an index.
     */
    record Marker(Role role, Side side, String symbol, int start, int end, String section, boolean glued) { }

    /** "TP 1", "Target1#", "T.p.1", "Tp1.1.96600": an index right after a target label, not a price. */
    private static final Pattern INDEX = Pattern.compile(
            "^\\s?[.#]?\\s?\\d{1,2}(?=[\\s:\\-#=)@\\]]|,(?!\\d)|\\.(?!\\d)|\\.\\d+\\.\\d)");
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s\\]:]*([a-z]+)");

    private final Vocabulary vocabulary = Vocabulary.get();
    private final SymbolReader symbols;

    MarkerScanner(SymbolReader symbols) {
        this.symbols = symbols;
    }

    List<Marker> scan(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Marker> raw = new ArrayList<>();
        Matcher m = vocabulary.markers.matcher(text);
        while (m.find()) {
            Vocabulary.Phrase phrase = vocabulary.phraseOf(m);
            int end = m.end();
            Role role = phrase.role();
            if (role == Role.TARGET || role == Role.ENTRY) {
                Matcher idx = INDEX.matcher(text.substring(end, Math.min(text.length(), end + 12)));
                if (idx.find()) {
                    end += idx.end();
                }
            }
            spans.add(new int[] {m.start(), end});
            if (role == Role.NEUTRAL) {
                continue; // masks the words inside it, governs nothing
            }
            if (role == Role.LINE_ENTRY) {
                if (!atLineStart(text, m.start())) {
                    continue;
                }
                role = Role.ENTRY;
            }
            if ((role == Role.ENTRY || role == Role.STOP || role == Role.TARGET) && isProse(text, end)) {
                continue;
            }
            boolean glued = end < text.length() && Character.isDigit(text.charAt(end)) && end == m.end();
            raw.add(new Marker(role, phrase.side(), null, m.start(), end, null, glued));
        }
        for (SymbolReader.Found f : symbols.findAll(text)) {
            if (!overlaps(spans, f.start(), f.end())) {
                raw.add(new Marker(null, null, f.symbol(), f.start(), f.end(), null, false));
            }
        }
        raw.sort(Comparator.comparingInt(Marker::start));
        List<Marker> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Marker mk = raw.get(i);
            int next = i + 1 < raw.size() ? raw.get(i + 1).start() : text.length();
            String section = next > mk.end() ? continuation(text.substring(mk.end(), next)) : "";
            out.add(new Marker(mk.role(), mk.side(), mk.symbol(), mk.start(), mk.end(), section, mk.glued()));
        }
        return out;
    }

    /** The marker's own line, then following lines only while they are price lists ("- 0.3665", "☑️ 1.155"). */
    static String continuation(String section) {
        int nl = section.indexOf('\n');
        if (nl < 0) {
            return section;
        }
        StringBuilder sb = new StringBuilder(section.substring(0, nl));
        String[] lines = section.substring(nl + 1).split("\n", -1);
        for (String line : lines) {
            if (TextCleaner.hasLetter(line) && !TextCleaner.startsWithNumber(line)) {
                break;
            }
            sb.append('\n').append(line);
        }
        return sb.toString();
    }

    /** A label followed by an ordinary lower-case word is prose: "our last entry and it ...". */
    private boolean isProse(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        return word.length() >= 2 && !vocabulary.connectors.contains(word);
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
