package io.tradewire.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The required tokens of a one-line TokensRegex rule ({@code { ..., pattern: ( ... ), ... }}): the
 * {@code /regex/} items and vocabulary {@code $VARIABLE}s of its pattern that every match must
 * hold a token of. Conservative: an item under a quantifier that allows none, in an alternation,
 * or not understood gives no anchor; a rule whose pattern cannot be read gives none at all.
 */
final class RuleAnchors {

    private RuleAnchors() {
    }

    /** Whole-token regexes a match of the rule must each have a token for. */
    static List<String> required(String ruleLine, Map<String, String> firstTokens) {
        int p = ruleLine.indexOf("pattern:");
        if (p < 0) {
            return List.of();
        }
        int open = ruleLine.indexOf('(', p);
        if (open < 0) {
            return List.of();
        }
        int close = matching(ruleLine, open);
        if (close < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            sequence(ruleLine.substring(open + 1, close), firstTokens, out);
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** Adds the anchors of a sequence of items; none when it has a top-level alternation. */
    private static void sequence(String s, Map<String, String> firstTokens, List<String> out) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '|') {
                return;
            }
            int end;
            String anchor = null;
            String inner = null;
            if (c == '/') {
                end = slashEnd(s, i);
                anchor = s.substring(i + 1, end - 1);
            } else if (c == '$') {
                end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                anchor = firstTokens.get(s.substring(i + 1, end));
            } else if (c == '(') {
                end = matching(s, i) + 1;
                if (end <= 0) {
                    throw new IllegalArgumentException("unbalanced");
                }
                inner = s.substring(i + 1, end - 1);
                if (inner.startsWith("?")) {
                    inner = null;
                }
            } else if (c == '[') {
                end = s.indexOf(']', i) + 1;
                if (end <= 0) {
                    throw new IllegalArgumentException("unbalanced");
                }
            } else {
                throw new IllegalArgumentException("unknown item at " + i + ": " + s);
            }
            int q = end;
            boolean required = true;
            if (q < s.length() && (s.charAt(q) == '?' || s.charAt(q) == '*')) {
                required = false;
                q++;
            } else if (q < s.length() && s.charAt(q) == '+') {
                q++;
            } else if (q < s.length() && s.charAt(q) == '{') {
                int qe = s.indexOf('}', q);
                String min = s.substring(q + 1, qe).split(",", -1)[0].strip();
                required = !min.isEmpty() && Integer.parseInt(min) > 0;
                q = qe + 1;
            }
            if (q < s.length() && s.charAt(q) == '?') {
                q++;
            }
            if (required) {
                if (anchor != null) {
                    found.add(anchor);
                } else if (inner != null) {
                    sequence(inner, firstTokens, found);
                }
            }
            i = q;
        }
        out.addAll(found);
    }

    /** The index just past the /regex/ starting at i. */
    private static int slashEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '/') {
                return j + 1;
            } else {
                j++;
            }
        }
        throw new IllegalArgumentException("unterminated regex");
    }

    /** The index of the ')' closing the '(' at open, skipping /regex/ and quoted text; -1 if none. */
    static int matching(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/') {
                i = slashEnd(s, i);
                continue;
            }
            if (c == '"') {
                int e = s.indexOf('"', i + 1);
                if (e < 0) {
                    return -1;
                }
                i = e + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }
}
