package io.tradewire.nlp.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Skipping rules whose required tokens are absent must not change what the rules find. */
class RuleSetTest {

    @Test
    void requiredTokensOfARule() {
        Map<String, String> first = Map.of("TPW", "(?:tps?)|(?:targets?)", "HIT", "(?:hit)");
        assertThat(RuleAnchors.required("{ ruleType: \"tokens\", pattern: ( $TPW /#/? (/\\d{1,2}/)"
                + " /is|was/{0,2} $HIT ), result: Concat(\"TP_HIT:\", $$1.text) }", first))
                .containsExactly("(?:tps?)|(?:targets?)", "\\d{1,2}", "(?:hit)");
        assertThat(RuleAnchors.required("{ ruleType: \"tokens\", pattern: ( $CLOSE /the/? ( $HALF | /1/ ) ),"
                + " result: \"X\" }", first)).isEmpty();
        assertThat(RuleAnchors.required("{ ruleType: \"tokens\", pattern: ( /a\\/b/ []{0,4}? /c/{1,2} ),"
                + " result: \"X\" }", first)).containsExactly("a\\/b", "c");
    }

    @Test
    void skippingRulesFindsWhatAllRulesFind() throws IOException {
        Lexicon lexicon = new Lexicon(Map.of("YEN", "USDJPY", "S&P500", "SPX"), Set.of("MYCHANNEL"));
        assertThat(lexicon.updates.anchoredRules()).isGreaterThan(30);
        Tagger tagger = new Tagger();
        int texts = 0;
        for (String text : corpus()) {
            CoreMap tokens = tagger.tokenize(text);
            for (RuleSet rules : List.of(lexicon.markers, lexicon.orders, lexicon.updates)) {
                assertThat(describe(rules.extract(tokens))).as(text)
                        .isEqualTo(describe(rules.extractWithAllRules(tokens)));
            }
            texts++;
        }
        assertThat(texts).isGreaterThan(100);
    }

    private static List<String> describe(List<MatchedExpression> found) {
        List<String> out = new ArrayList<>();
        for (MatchedExpression m : found) {
            out.add(m.getCharOffsets() + "=" + (m.getValue() == null ? null : m.getValue().get()));
        }
        return out;
    }

    private static List<String> corpus() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (InputStream in = RuleSetTest.class.getResourceAsStream("/corpus/public-signals.jsonl")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode text = mapper.readTree(line).get("text");
                    if (text != null && text.isTextual()) {
                        out.add(text.asText());
                    }
                }
            }
        }
        return out;
    }
}
