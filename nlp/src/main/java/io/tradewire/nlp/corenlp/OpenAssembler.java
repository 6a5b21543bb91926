package io.tradewire.nlp.corenlp;

import edu.stanford.nlp.util.CoreMap;
import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.corenlp.Tagger.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the drafts of a post into {@link Signal.Open}s: the order type ({@code orders.rules}) and
 * leverage apply to every trade of the post, a draft without its own symbol takes the post's
 * first, and a draft without a side word or a whole trade is chatter.
 */
final class OpenAssembler {

    private final Lexicon lexicon;

    OpenAssembler(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The opens of the post, or a single {@link Signal.None} ({@code no_symbol} or {@code not_a_signal}). */
    List<Signal> assemble(SectionReader.Sections sections, CleanText basic, CleanText priced, CoreMap tokens) {
        List<Tag> orderTags = Tagger.tag(lexicon.orders, tokens);
        Tag orderType = orderTags.isEmpty() ? null : orderTags.get(0);
        LeverageReader.Found leverage = LeverageReader.read(basic.text);
        List<Signal> out = new ArrayList<>();
        boolean missingSymbol = false;
        List<Draft> drafts = sections.drafts();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (i > 0 && !d.hasPrices()) {
                continue; // a side word or symbol in trailing chatter
            }
            if (d.symbol == null) {
                d.symbol = sections.firstSymbol();
            }
            boolean tradeLike = d.hasPrices() && (d.declaredSide() != null || d.isComplete());
            if (d.symbol == null) {
                missingSymbol |= tradeLike;
                continue;
            }
            if (d.declaredSide() == null && !d.isComplete()) {
                continue; // "BTCUSDT looking interesting at 45000"
            }
            Signal.Open open = d.toOpen(priced, orderType, leverage);
            if (open != null && asksAQuestion(basic.text) && open.stopLoss() == null && open.takeProfits().isEmpty()) {
                continue; // "Should I buy gold now or wait?": a member asking, not a provider calling a trade
            }
            if (open != null) {
                out.add(withDistances(open, d, basic, priced));
            }
        }
        if (out.isEmpty()) {
            return List.of(new Signal.None(missingSymbol ? "no_symbol" : "not_a_signal"));
        }
        return out;
    }

    /** A stop or targets written as pips or percent are reported as such (evidence), never turned into prices. */
    private static Signal.Open withDistances(Signal.Open open, Draft d, CleanText basic, CleanText priced) {
        List<Evidence> found = new ArrayList<>();
        for (Draft.Section section : d.distanceSections) {
            if (section.field() == Field.STOP_LOSS_DISTANCE && open.stopLoss() != null) {
                continue;
            }
            int[] at = PostNormalizer.distanceIn(basic.text, section.start(), section.end());
            if (at != null) {
                found.add(Evidence.read(section.field(), priced.span(at[0], at[1])));
            }
        }
        return found.isEmpty() ? open : open.withMoreEvidence(found);
    }

    private static boolean asksAQuestion(String text) {
        return text.indexOf('?') >= 0 || text.indexOf('¿') >= 0;
    }
}
