package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * CoreNLP's PTB tokenizer, its tokens cut further into letters / numbers / single symbols
 * ("TP1" -> "TP" "1", "S/L" -> "S" "/" "L") with their character offsets, and TokensRegex
 * extraction over them. Thread-safe: a tokenizer is made per call, the extractors are read-only.
 */
final class Tagger {

    /** A tagged phrase: the rule's result, at [start, end) of the text it was read from. */
    record Tag(String value, int start, int end) { }

    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,splitHyphenated=false,splitForwardSlash=false,untokenizable=noneKeep,"
            + "tokenizeNLs=false,normalizeSpace=false,quotes=ascii,ellipses=ascii,dashes=ascii,strictTreebank3=false";

    private final TokenizerFactory<CoreLabel> factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);

    /** The tokens of the text, as a TokensRegex input. */
    CoreMap tokenize(String text) {
        List<CoreLabel> ptb = factory.getTokenizer(new StringReader(text)).tokenize();
        List<CoreLabel> out = new ArrayList<>(ptb.size() * 2);
        for (CoreLabel t : ptb) {
            int b = Math.max(0, t.beginPosition());
            int e = Math.min(text.length(), t.endPosition());
            if (e <= b) {
                continue;
            }
            Matcher m = Lexicon.PIECE.matcher(text).region(b, e);
            while (m.find()) {
                CoreLabel piece = new CoreLabel(4);
                String w = m.group();
                piece.setWord(w);
                piece.setValue(w);
                piece.setBeginPosition(m.start());
                piece.setEndPosition(m.end());
                out.add(piece);
            }
        }
        CoreMap cm = new ArrayCoreMap(1);
        cm.set(CoreAnnotations.TokensAnnotation.class, out);
        return cm;
    }

    /** What the extractor finds in the tokens, in text order. */
    static List<Tag> tag(RuleSet rules, CoreMap tokens) {
        List<MatchedExpression> found = rules.extract(tokens);
        List<Tag> out = new ArrayList<>(found.size());
        for (MatchedExpression m : found) {
            Pair<Integer, Integer> c = m.getCharOffsets();
            Object v = m.getValue() == null ? null : m.getValue().get();
            if (c != null && v != null) {
                out.add(new Tag(v.toString(), c.first(), c.second()));
            }
        }
        out.sort(Comparator.comparingInt(Tag::start));
        return out;
    }
}
