package io.tradewire.nlp.simple;

import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads follow-ups to an earlier signal ({@code updates.txt}): targets or stop hit, entry
 * reached, close (all or part), cancel, stop moved to a price or to breakeven.
 */
final class UpdateReader {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    private static final Pattern NUMBER = Pattern.compile("^[\\s:@\\-]*(?:the\\s*)?\\$?(\\d+(?:[.,]\\d+)*)");

    private final Vocabulary vocabulary = Vocabulary.get();

    /** The follow-up the text asks for, or null when it asks for none. */
    Signal.Update read(String basicText, String symbol) {
        String t = basicText.toLowerCase(Locale.ROOT);
        UpdateAction action = null;
        Integer tp = null;
        boolean allTargets = false;
        int actionStart = 0;
        for (Vocabulary.UpdatePhrase phrase : vocabulary.updates) {
            if (action != null && phrase.action() != action) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(t);
            while (m.find()) {
                if (action == null) {
                    action = phrase.action();
                    actionStart = m.start();
                }
                if (action == UpdateAction.TP_HIT) {
                    if (m.groupCount() >= 1 && m.group(1) != null) {
                        int n = Integer.parseInt(m.group(1));
                        tp = tp == null ? n : Math.max(tp, n);
                    } else if (m.group().startsWith("all")) {
                        allTargets = true;
                    }
                }
            }
        }
        if (action == null) {
            return null;
        }
        Signal.NewStop newStop = moveStop(t);
        BigDecimal fraction = action == UpdateAction.CLOSE_PARTIAL ? fraction(t.substring(actionStart)) : null;
        if (allTargets) {
            tp = null;
        }
        return new Signal.Update(action, symbol, fraction, newStop, tp);
    }

    /** Where a "move SL" in the text puts the stop, or null when it moves none. */
    private Signal.NewStop moveStop(String t) {
        for (Vocabulary.UpdatePhrase phrase : vocabulary.updates) {
            if (phrase.action() != UpdateAction.MOVE_SL) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(t);
            if (!m.find()) {
                continue;
            }
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 40));
            String around = t.substring(Math.max(0, m.end() - 20), Math.min(t.length(), m.end() + 40));
            if (vocabulary.breakeven.matcher(after).find() || endsWithBreakeven(t.substring(0, m.end()))) {
                return Signal.NewStop.toBreakeven();
            }
            Matcher n = NUMBER.matcher(after);
            if (n.find()) {
                List<BigDecimal> p = PriceReader.interpret(n.group(1));
                if (!p.isEmpty()) {
                    return Signal.NewStop.at(p.get(0));
                }
            }
            return around.contains("breakeven") ? Signal.NewStop.toBreakeven() : null;
        }
        return null;
    }

    private boolean endsWithBreakeven(String upToMatch) {
        String tail = upToMatch.substring(Math.max(0, upToMatch.length() - 20));
        return tail.matches("(?s).*\\b(?:be|breakeven|break\\s*even|entry|entries|cost)\\s*$");
    }

    private static BigDecimal fraction(String fromMatch) {
        String head = fromMatch.substring(0, Math.min(fromMatch.length(), 40));
        if (head.contains("half") || head.contains("1/2")) {
            return new BigDecimal("0.5");
        }
        Matcher m = PERCENT.matcher(head);
        if (m.find()) {
            BigDecimal pct = new BigDecimal(m.group(1));
            if (pct.signum() > 0 && pct.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return pct.movePointLeft(2);
            }
        }
        return null;
    }
}
