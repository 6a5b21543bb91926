package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of the CoreNLP parser, read from the data files next to this class and bound
 * into a TokensRegex {@link Env}, plus the compiled rule files ({@code markers.rules},
 * {@code orders.rules}, {@code updates.rules}). Immutable once built; the extractors are only
 * read after construction, so one instance is shared by all threads.
 */
final class Lexicon {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Token pieces: a run of letters, a number with inner separators, or one other character. */
    static final Pattern PIECE = Pattern.compile("\\p{L}+|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    private static final String NEVER = "(?: /(?!)/ )";

    final Map<String, String> aliases;
    final Set<String> ignored;
    final Set<String> fiat;
    final Set<String> cryptoQuotes;
    final Set<String> connectors;
    /** Single-token labels and side words: a word matching this is not a coin ("TP", "SL", "LONG"). */
    final Pattern labelWord;
    final Pattern glue;
    final RuleSet markers;
    final RuleSet orders;
    final RuleSet updates;
    /** A token that some rule of updates.rules needs: without one, a post asks for no follow-up. */
    final Pattern updateAnchor;

    Lexicon(Map<String, String> extraAliases, Set<String> extraIgnored) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (String role : List.of("ENTRY", "LINE_ENTRY", "STOP", "TARGET", "IGNORE", "NEUTRAL", "BUY", "SELL",
                "BUY_HINT", "SELL_HINT", "ALIAS", "MARKET", "LIMIT", "STOP_ORDER", "BE")) {
            phrases.put(role, new ArrayList<>());
        }
        List<String> glueWords = new ArrayList<>();
        List<String> singleWords = new ArrayList<>();
        for (String line : lines("labels.txt")) {
            String[] kv = split(line);
            if (kv[0].equals("GLUE")) {
                glueWords.add(kv[1]);
                continue;
            }
            phrases.get(kv[0]).add(kv[1]);
            if (!kv[1].contains(" ") && !kv[0].equals("IGNORE") && !kv[0].equals("NEUTRAL")) {
                singleWords.add(kv[1]);
            }
        }
        for (String line : lines("sides.txt")) {
            String[] kv = split(line);
            phrases.get(kv[0].toUpperCase(Locale.ROOT)).add(kv[1]);
            if (!kv[1].contains(" ")) {
                singleWords.add(kv[1]);
            }
        }
        for (String line : lines("side-hints.txt")) {
            String[] kv = split(line);
            phrases.get(kv[0].toUpperCase(Locale.ROOT) + "_HINT").add(kv[1]);
        }
        for (String line : lines("order-types.txt")) {
            String[] kv = split(line);
            String role = switch (kv[0]) {
                case "stop" -> "STOP_ORDER";
                case "limit" -> "LIMIT";
                case "market" -> "MARKET";
                default -> throw new IllegalStateException("bad order type line: " + line);
            };
            phrases.get(role).add(kv[1]);
        }
        phrases.get("BE").addAll(lines("breakeven.txt"));
        Map<String, List<String>> updateWords = new LinkedHashMap<>();
        for (String line : lines("update-words.txt")) {
            String[] kv = split(line);
            updateWords.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }

        Map<String, String> al = new HashMap<>();
        for (String line : lines("symbols.txt")) {
            String[] parts = line.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                al.put(key(parts[i]), parts[0].toUpperCase(Locale.ROOT));
            }
        }
        extraAliases.forEach((word, symbol) -> {
            if (word != null && symbol != null && !word.isBlank() && !symbol.isBlank()) {
                al.put(key(word), symbol.strip().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
            }
        });
        aliases = Map.copyOf(al);
        for (String word : aliases.keySet()) {
            phrases.get("ALIAS").add(literalTokens(word));
        }

        Set<String> ig = new HashSet<>();
        for (String line : lines("ignore.txt")) {
            for (String w : line.split("\\s+")) {
                ig.add(w.toUpperCase(Locale.ROOT));
            }
        }
        extraIgnored.forEach(w -> {
            if (w != null && !w.isBlank()) {
                ig.add(w.strip().toUpperCase(Locale.ROOT));
            }
        });
        ignored = Set.copyOf(ig);

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
        connectors = Set.copyOf(lines("connectors.txt"));

        labelWord = Pattern.compile(String.join("|", singleWords.stream().map(w -> "(?:" + w + ")").toList()), FLAGS);

        List<String> glueAlternatives = new ArrayList<>();
        for (String w : glueWords) {
            glueAlternatives.add("(?<=[A-Za-z0-9$%)])" + Pattern.quote(w) + "(?![a-z])");
            String letters = w.replaceAll("[^A-Za-z]", "");
            if (letters.length() >= 5) {
                glueAlternatives.add("(?<=[A-Za-z0-9$%)])" + Pattern.quote(w.toUpperCase(Locale.ROOT)) + "(?![A-Za-z])");
            }
        }
        glue = Pattern.compile(String.join("|", glueAlternatives));

        Env env = TokenSequencePattern.getNewEnv();
        env.setDefaultStringMatchFlags(FLAGS);
        env.setDefaultStringPatternFlags(FLAGS);
        phrases.forEach((role, list) -> env.bind("$" + role, alternation(list)));
        updateWords.forEach((name, list) -> env.bind("$" + name, alternation(list)));
        List<String> anchors = new ArrayList<>();
        updateWords.values().forEach(list -> list.forEach(phrase -> anchors.addAll(wordTokens(phrase))));
        phrases.get("BE").forEach(phrase -> anchors.addAll(wordTokens(phrase)));
        Matcher slashed = Pattern.compile("/((?:[^/\\\\\\s]|\\\\.)+)/").matcher(resource("updates.rules"));
        while (slashed.find()) {
            if (slashed.group(1).matches("[\\p{L}|]+")) {
                anchors.add(slashed.group(1));
            }
        }
        updateAnchor = Pattern.compile(String.join("|", anchors.stream().map(w -> "(?:" + w + ")").toList()), FLAGS);
        Map<String, String> firstTokens = new HashMap<>();
        phrases.forEach((role, list) -> putFirstTokens(firstTokens, role, list));
        updateWords.forEach((name, list) -> putFirstTokens(firstTokens, name, list));
        markers = new RuleSet(env, "markers.rules", resource("markers.rules"), firstTokens);
        orders = new RuleSet(env, "orders.rules", resource("orders.rules"), firstTokens);
        updates = new RuleSet(env, "updates.rules", resource("updates.rules"), firstTokens);
    }

    /**
     * The whole-token regex that the first token of every phrase of a variable matches; nothing
     * when a phrase may start with an optional item.
     */
    private static void putFirstTokens(Map<String, String> out, String name, List<String> phrases) {
        if (phrases.isEmpty()) {
            out.put(name, "(?!)");
            return;
        }
        List<String> firsts = new ArrayList<>();
        for (String p : phrases) {
            String item = p.trim().split("\\s+")[0];
            if (item.startsWith("/")) {
                if (item.length() < 2 || !item.endsWith("/") || item.endsWith("\\/")) {
                    return;
                }
                item = item.substring(1, item.length() - 1);
            }
            firsts.add("(?:" + item + ")");
        }
        out.put(name, String.join("|", firsts));
    }

    /** The word items of a phrase ("stop /[-\\/]/? loss" -> "stop", "loss"), each a whole-token regex. */
    private static List<String> wordTokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String item : phrase.trim().split("\\s+")) {
            if (!item.startsWith("/")) {
                out.add(item);
            } else if (item.matches("/[\\p{L}|]+/")) {
                out.add(item.substring(1, item.length() - 1));
            }
        }
        return out;
    }

    /** The alias key of a word as written: upper case, no spaces. */
    static String key(String word) {
        return word.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /**
     * A TokensRegex alternation of phrases, longest first; a pattern that never matches when empty.
     * One-word phrases are merged into a single token regex, which keeps matching fast.
     */
    private static String alternation(List<String> phrases) {
        if (phrases.isEmpty()) {
            return NEVER;
        }
        List<String> single = new ArrayList<>();
        List<String> multi = new ArrayList<>();
        for (String p : phrases) {
            String t = p.trim();
            if (!t.contains(" ") && !t.startsWith("/")) {
                single.add(t);
            } else {
                multi.add(t);
            }
        }
        multi.sort(Comparator.comparingInt(String::length).reversed());
        List<String> branches = new ArrayList<>();
        for (String m : multi) {
            branches.add(tokens(m));
        }
        if (!single.isEmpty()) {
            branches.add(tokens(String.join("|", single.stream().map(w -> "(?:" + w + ")").toList())));
        }
        return "(?: " + String.join(" | ", branches) + " )";
    }

    /** "stop /-/? loss" -> "( /stop/ /-/? /loss/ )": each word a whole-token regex, /.../ kept as written. */
    private static String tokens(String phrase) {
        StringBuilder sb = new StringBuilder("(?:");
        for (String item : phrase.trim().split("\\s+")) {
            sb.append(' ');
            if (item.startsWith("/")) {
                sb.append(item);
            } else {
                sb.append('/').append(item.replaceAll("(?<!\\\\)/", "\\\\/")).append('/');
            }
        }
        return sb.append(" )").toString();
    }

    /** A literal word cut into the tokenizer's pieces, each quoted: "S&P500" -> s & p 500. */
    private static String literalTokens(String word) {
        StringBuilder sb = new StringBuilder();
        Matcher m = PIECE.matcher(word);
        while (m.find()) {
            sb.append(sb.length() == 0 ? "" : " ").append(escapeLiteral(m.group()));
        }
        return sb.toString();
    }

    private static String escapeLiteral(String piece) {
        StringBuilder sb = new StringBuilder();
        for (char ch : piece.toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            } else {
                sb.append('\\').append(ch);
            }
        }
        return sb.toString();
    }

    private static String[] split(String line) {
        String[] kv = line.split("\\s+", 2);
        if (kv.length < 2) {
            throw new IllegalStateException("bad vocabulary line: " + line);
        }
        return new String[] {kv[0], kv[1].trim()};
    }

    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
