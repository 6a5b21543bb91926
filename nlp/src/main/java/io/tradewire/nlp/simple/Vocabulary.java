package io.tradewire.nlp.simple;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.UpdateAction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the simple parser knows, read once from the text files next to this class
 * ({@code sides.txt}, {@code labels.txt}, {@code symbols.txt}, ...). Immutable and shared.
 */
final class Vocabulary {

    /** What a phrase found in the text stands for. */
    enum Role { ENTRY, LINE_ENTRY, STOP, TARGET, IGNORE, NEUTRAL, SIDE }

    /** One phrase of the marker pattern: its role, and the side for side words. */
    record Phrase(Role role, Side side) { }

    /** A follow-up phrase. */
    record UpdatePhrase(UpdateAction action, Pattern pattern) { }

    /** An order-type word. */
    record OrderWord(OrderType type, String regex) { }

    private static final String WORD_START = "(?<![A-Za-z])";
    private static final String WORD_END = "(?![A-Za-z])";

    private static final Vocabulary INSTANCE = new Vocabulary();

    /** All labels and side words as one alternation; group i+1 is {@code phrases.get(i)}. */
    final Pattern markers;
    final List<Phrase> phrases;
    /** Glue words: label words to split from the previous word when newlines were lost. */
    final Pattern glue;
    final Set<String> connectors;
    final Map<String, String> aliases;
    final Pattern aliasPattern;
    final Set<String> fiat;
    final Set<String> cryptoQuotes;
    final Set<String> ignored;
    final Pattern orderTypes;
    final List<OrderType> orderTypeOfGroup;
    final List<UpdatePhrase> updates;
    final Pattern breakeven;

    static Vocabulary get() {
        return INSTANCE;
    }

    private Vocabulary() {
        List<String[]> entries = new ArrayList<>();
        List<String> glueWords = new ArrayList<>();
        for (String line : lines("labels.txt")) {
            String[] kv = split(line);
            if (kv[0].equals("GLUE")) {
                glueWords.add(kv[1]);
            } else {
                entries.add(kv);
            }
        }
        for (String line : lines("sides.txt")) {
            String[] kv = split(line);
            entries.add(new String[] {"SIDE:" + kv[0], kv[1]});
        }
        // Longer phrases first, so "stop loss" wins over "stop" and "buy stop" over "buy".
        entries.sort(Comparator.comparingInt((String[] e) -> e[1].length()).reversed());
        StringBuilder sb = new StringBuilder();
        List<Phrase> ph = new ArrayList<>();
        for (String[] e : entries) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            String regex = e[1].equals("@") ? "@" : WORD_START + "(?:" + e[1] + ")" + WORD_END;
            sb.append('(').append(regex).append(')');
            if (e[0].startsWith("SIDE:")) {
                ph.add(new Phrase(Role.SIDE, Side.valueOf(e[0].substring(5).toUpperCase(Locale.ROOT))));
            } else {
                ph.add(new Phrase(Role.valueOf(e[0]), null));
            }
        }
        markers = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
        phrases = List.copyOf(ph);

        List<String> glueAlternatives = new ArrayList<>();
        for (String w : glueWords) {
            glueAlternatives.add("(?<=[A-Za-z0-9$%)])" + Pattern.quote(w) + "(?![a-z])");
            String letters = w.replaceAll("[^A-Za-z]", "");
            if (letters.length() >= 5) {
                glueAlternatives.add("(?<=[A-Za-z0-9$%)])" + Pattern.quote(w.toUpperCase(Locale.ROOT)) + "(?![A-Za-z])");
            }
        }
        glue = Pattern.compile(String.join("|", glueAlternatives));

        connectors = Set.copyOf(lines("connectors.txt"));

        Map<String, String> al = new HashMap<>();
        for (String line : lines("symbols.txt")) {
            String[] parts = line.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                al.put(parts[i].toUpperCase(Locale.ROOT), parts[0]);
            }
        }
        aliases = Map.copyOf(al);
        List<String> aliasWords = new ArrayList<>(al.keySet());
        aliasWords.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder ab = new StringBuilder("(?<![A-Za-z0-9])(");
        for (int i = 0; i < aliasWords.size(); i++) {
            ab.append(i == 0 ? "" : "|").append(Pattern.quote(aliasWords.get(i)).replace("/", "\\E\\s?/\\s?\\Q"));
        }
        ab.append(")(?![A-Za-z0-9])");
        aliasPattern = Pattern.compile(ab.toString(), Pattern.CASE_INSENSITIVE);

        Set<String> f = new HashSet<>();
        Set<String> c = new HashSet<>();
        for (String line : lines("quotes.txt")) {
            String[] parts = line.split("\\s+");
            Set<String> target = parts[0].equals("fiat") ? f : c;
            for (int i = 1; i < parts.length; i++) {
                target.add(parts[i].toUpperCase(Locale.ROOT));
            }
        }
        fiat = Set.copyOf(f);
        cryptoQuotes = Set.copyOf(c);

        Set<String> ig = new HashSet<>();
        for (String line : lines("ignore.txt")) {
            for (String w : line.split("\\s+")) {
                ig.add(w.toUpperCase(Locale.ROOT));
            }
        }
        ignored = Set.copyOf(ig);

        StringBuilder ob = new StringBuilder();
        List<OrderType> og = new ArrayList<>();
        for (String line : lines("order-types.txt")) {
            String[] kv = split(line);
            ob.append(ob.length() == 0 ? "" : "|").append('(').append(WORD_START).append("(?:").append(kv[1])
                    .append(')').append(WORD_END).append(')');
            og.add(OrderType.valueOf(kv[0].toUpperCase(Locale.ROOT)));
        }
        orderTypes = Pattern.compile(ob.toString(), Pattern.CASE_INSENSITIVE);
        orderTypeOfGroup = List.copyOf(og);

        List<UpdatePhrase> up = new ArrayList<>();
        for (String line : lines("updates.txt")) {
            String[] kv = split(line);
            up.add(new UpdatePhrase(UpdateAction.valueOf(kv[0].toUpperCase(Locale.ROOT)),
                    Pattern.compile(kv[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        updates = List.copyOf(up);

        breakeven = Pattern.compile("^[\\s:\\-@]*(?:the\\s*)?(?:" + String.join("|", lines("breakeven.txt")) + ")"
                + WORD_END, Pattern.CASE_INSENSITIVE);
    }

    /** The phrase of a {@link #markers} match. */
    Phrase phraseOf(java.util.regex.MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return phrases.get(g - 1);
            }
        }
        throw new IllegalStateException("no group matched");
    }

    private static String[] split(String line) {
        String[] kv = line.split("\\s+", 2);
        if (kv.length < 2) {
            throw new IllegalStateException("bad vocabulary line: " + line);
        }
        return new String[] {kv[0], kv[1].trim()};
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
