package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.util.CoreMap;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of one TokensRegex rule file, run only where they can match. Each rule's required
 * tokens (a {@code /regex/} or a vocabulary {@code $VARIABLE} that is not optional) are its
 * anchors; a rule whose anchors do not all occur among the tokens of a post cannot match it, so
 * the post is read by an extractor built from the remaining rules (in file order, so priorities
 * and overlaps resolve as with the whole file). Extractors are cached by the rules they hold, and
 * which anchors a word matches is cached by word. Thread-safe.
 */
final class RuleSet {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_CACHED_WORDS = 50_000;
    private static final int MAX_CACHED_EXTRACTORS = 4_096;

    private final Env env;
    private final List<SequenceMatchRules.Rule> rules;
    /** Per rule, the anchors (indexes into {@link #anchors}) that must all occur; empty when unknown. */
    private final List<BitSet> needs;
    private final List<Pattern> anchors;
    private final Map<String, BitSet> wordAnchors = new ConcurrentHashMap<>();
    private final Map<BitSet, CoreMapExpressionExtractor<MatchedExpression>> extractors = new ConcurrentHashMap<>();

    /**
     * @param firstTokens for each vocabulary variable (name without $), a whole-token regex that
     *                    the first token of any of its phrases matches; null when not known
     */
    RuleSet(Env env, String name, String text, Map<String, String> firstTokens) {
        this.env = env;
        List<SequenceMatchRules.Rule> all;
        try {
            all = new TokenSequenceParser(new StringReader(text)).RuleList(env);
        } catch (Exception | Error e) {
            throw new IllegalStateException("cannot compile " + name + ": " + e.getMessage(), e);
        }
        List<SequenceMatchRules.Rule> extract = new ArrayList<>();
        for (SequenceMatchRules.Rule r : all) {
            if (r instanceof SequenceMatchRules.AssignmentRule a) {
                a.evaluate(env);
            } else {
                extract.add(r);
            }
        }
        this.rules = List.copyOf(extract);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("{")) {
                lines.add(line.strip());
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<BitSet> n = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            BitSet need = new BitSet();
            if (lines.size() == rules.size()) {
                for (String regex : RuleAnchors.required(lines.get(i), firstTokens)) {
                    if (compiles(regex)) {
                        need.set(index.computeIfAbsent(regex, k -> index.size()));
                    }
                }
            }
            n.add(need);
        }
        this.needs = List.copyOf(n);
        List<Pattern> p = new ArrayList<>();
        index.keySet().forEach(regex -> p.add(Pattern.compile(regex, FLAGS)));
        this.anchors = List.copyOf(p);
        extractors.put(all(), new CoreMapExpressionExtractor<>(env, rules));
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex, FLAGS);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private BitSet all() {
        BitSet b = new BitSet();
        b.set(0, rules.size());
        return b;
    }

    /** What the rules find in the tokens. */
    List<MatchedExpression> extract(CoreMap tokens) {
        BitSet present = new BitSet();
        for (CoreLabel t : tokens.get(CoreAnnotations.TokensAnnotation.class)) {
            String w = t.word();
            if (w != null) {
                present.or(anchorsOf(w));
            }
        }
        BitSet active = new BitSet();
        for (int i = 0; i < rules.size(); i++) {
            BitSet need = needs.get(i);
            BitSet missing = (BitSet) need.clone();
            missing.andNot(present);
            if (missing.isEmpty()) {
                active.set(i);
            }
        }
        if (active.isEmpty()) {
            return List.of();
        }
        return extractor(active).extractExpressions(tokens);
    }

    /** What all the rules find, none skipped (for tests: must equal {@link #extract}). */
    List<MatchedExpression> extractWithAllRules(CoreMap tokens) {
        return extractors.get(all()).extractExpressions(tokens);
    }

    /** How many rules have anchors (for tests). */
    long anchoredRules() {
        return needs.stream().filter(b -> !b.isEmpty()).count();
    }

    private CoreMapExpressionExtractor<MatchedExpression> extractor(BitSet active) {
        CoreMapExpressionExtractor<MatchedExpression> e = extractors.get(active);
        if (e != null) {
            return e;
        }
        List<SequenceMatchRules.Rule> chosen = new ArrayList<>();
        active.stream().forEach(i -> chosen.add(rules.get(i)));
        e = new CoreMapExpressionExtractor<>(env, chosen);
        if (extractors.size() < MAX_CACHED_EXTRACTORS) {
            extractors.put(active, e);
        }
        return e;
    }

    private BitSet anchorsOf(String word) {
        BitSet b = wordAnchors.get(word);
        if (b != null) {
            return b;
        }
        b = new BitSet();
        for (int i = 0; i < anchors.size(); i++) {
            if (anchors.get(i).matcher(word).matches()) {
                b.set(i);
            }
        }
        if (wordAnchors.size() >= MAX_CACHED_WORDS) {
            wordAnchors.clear();
        }
        wordAnchors.put(word, b);
        return b;
    }
}
