package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;
import io.tradewire.nlp.corenlp.PriceReader.Price;
import io.tradewire.nlp.corenlp.Tagger.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the follow-up a post asks for ({@code updates.rules}): the action, and with it the
 * take-profit number, the fraction closed or the new stop. A results recap ("5/6 targets hit",
 * "5 TARGETS HIT ON ALL SIGNALS THIS WEEK") is not a follow-up: {@code RECAP_COUNT} always
 * vetoes one, a {@code RECAP} word vetoes one that names no instrument.
 */
final class UpdateReader {

    private static final Pattern PERCENT_FRACTION = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    private static final Pattern TP_NUMBER = Pattern.compile("\\d{1,2}");
    private static final List<UpdateAction> ACTION_ORDER = List.of(UpdateAction.TP_HIT, UpdateAction.SL_HIT,
            UpdateAction.ENTRY_HIT, UpdateAction.CLOSE_PARTIAL, UpdateAction.CLOSE, UpdateAction.CANCEL,
            UpdateAction.MOVE_SL);

    /** Tokens kept on each side of the first and last anchor word: longer than any rule. */
    private static final int WINDOW = 12;

    private final Lexicon lexicon;

    UpdateReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The follow-up the post asks for, or null when it asks for none. */
    Signal.Update read(CleanText basic, CoreMap tokens, SymbolReader.Found symbol) {
        CoreMap window = window(tokens);
        if (window == null) {
            return null;
        }
        List<Tag> tags = Tagger.tag(lexicon.updates, window);
        if (tags.isEmpty()) {
            return null;
        }
        for (Tag t : tags) {
            if (t.value().equals("RECAP_COUNT") || t.value().equals("RECAP") && symbol == null) {
                return null;
            }
        }
        UpdateAction action = null;
        for (UpdateAction a : ACTION_ORDER) {
            if (tags.stream().anyMatch(t -> actionOf(t) == a)) {
                action = a;
                break;
            }
        }
        if (action == null) {
            return null;
        }
        String text = basic.text;
        List<Evidence> evidence = new ArrayList<>();
        if (symbol != null) {
            evidence.add(Evidence.read(Field.SYMBOL, basic.span(symbol.start(), symbol.end())));
        }
        Tag first = null;
        Integer tp = null;
        boolean allTargets = false;
        Evidence tpEvidence = null;
        for (Tag t : tags) {
            if (actionOf(t) != action) {
                continue;
            }
            if (first == null) {
                first = t;
                evidence.add(Evidence.read(Field.ACTION, basic.span(t.start(), t.end())));
            }
            if (action == UpdateAction.TP_HIT) {
                int colon = t.value().indexOf(':');
                if (colon < 0) {
                    allTargets = true;
                } else {
                    int n = Integer.parseInt(t.value().substring(colon + 1).trim());
                    if (tp == null || n > tp) {
                        tp = n;
                        tpEvidence = tpEvidence(basic, t, n);
                    }
                }
            }
        }
        if (allTargets) {
            tp = null;
            tpEvidence = null;
        }
        if (tpEvidence != null) {
            evidence.add(tpEvidence);
        }
        BigDecimal fraction = action == UpdateAction.CLOSE_PARTIAL ? fraction(basic, first, evidence) : null;
        Signal.NewStop newStop = newStop(basic, tags, evidence);
        return new Signal.Update(action, symbol == null ? null : symbol.symbol(), fraction, newStop, tp, evidence);
    }

    /**
     * The tokens around the words the rules need ({@link Lexicon#updateAnchor}), or null when there
     * are none: the rules then run only where they can match, which keeps a long post cheap.
     */
    private CoreMap window(CoreMap tokens) {
        List<CoreLabel> all = tokens.get(CoreAnnotations.TokensAnnotation.class);
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (lexicon.updateAnchor.matcher(all.get(i).word()).matches()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        int from = Math.max(0, first - WINDOW);
        int to = Math.min(all.size(), last + WINDOW + 1);
        if (from == 0 && to == all.size()) {
            return tokens;
        }
        CoreMap cm = new ArrayCoreMap(1);
        cm.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(all.subList(from, to)));
        return cm;
    }

    /** The take-profit number inside the tag: its digits, or the whole tag for an ordinal word ("first"). */
    private static Evidence tpEvidence(CleanText basic, Tag t, int n) {
        Matcher m = TP_NUMBER.matcher(basic.text).region(t.start(), t.end());
        while (m.find()) {
            if (Integer.parseInt(m.group()) == n) {
                return Evidence.read(Field.TP, basic.span(m.start(), m.end()));
            }
        }
        return Evidence.read(Field.TP, basic.span(t.start(), t.end()));
    }

    /** "close half" is 0.5; otherwise the first percentage written in or just after the phrase. */
    private static BigDecimal fraction(CleanText basic, Tag first, List<Evidence> evidence) {
        if (first.value().equals("CLOSE_PARTIAL_HALF")) {
            evidence.add(Evidence.read(Field.FRACTION, basic.span(first.start(), first.end())));
            return new BigDecimal("0.5");
        }
        String text = basic.text;
        Matcher m = PERCENT_FRACTION.matcher(text).region(first.start(), Math.min(text.length(), first.start() + 40));
        if (m.find()) {
            BigDecimal pct = new BigDecimal(m.group(1).replace(',', '.'));
            if (pct.signum() > 0 && pct.compareTo(BigDecimal.valueOf(100)) <= 0) {
                evidence.add(Evidence.read(Field.FRACTION, basic.span(m.start(), m.end())));
                return pct.movePointLeft(2);
            }
        }
        return null;
    }

    /** The new stop of the first stop move: breakeven, or the last price of the phrase. */
    private static Signal.NewStop newStop(CleanText basic, List<Tag> tags, List<Evidence> evidence) {
        for (Tag t : tags) {
            if (actionOf(t) != UpdateAction.MOVE_SL) {
                continue;
            }
            if (t.value().equals("MOVE_SL_BE")) {
                evidence.add(Evidence.read(Field.NEW_SL, basic.span(t.start(), t.end())));
                return Signal.NewStop.toBreakeven();
            }
            if (t.value().equals("MOVE_SL_PRICE")) {
                List<Price> p = PriceReader.read(basic.text, t.start(), t.end());
                if (!p.isEmpty()) {
                    Price last = p.get(p.size() - 1);
                    evidence.add(Evidence.read(Field.NEW_SL, basic.span(last.start(), last.end())));
                    return Signal.NewStop.at(last.value());
                }
            }
            return null;
        }
        return null;
    }

    private static UpdateAction actionOf(Tag t) {
        String v = t.value();
        int colon = v.indexOf(':');
        String name = colon < 0 ? v : v.substring(0, colon);
        return switch (name) {
            case "TP_HIT" -> UpdateAction.TP_HIT;
            case "SL_HIT" -> UpdateAction.SL_HIT;
            case "ENTRY_HIT" -> UpdateAction.ENTRY_HIT;
            case "CLOSE_PARTIAL", "CLOSE_PARTIAL_HALF" -> UpdateAction.CLOSE_PARTIAL;
            case "CLOSE" -> UpdateAction.CLOSE;
            case "CANCEL" -> UpdateAction.CANCEL;
            case "MOVE_SL", "MOVE_SL_BE", "MOVE_SL_PRICE" -> UpdateAction.MOVE_SL;
            default -> null;
        };
    }
}
