package io.tradewire.nlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a parser with what every reading must respect: a length cap, no exception ever, and
 * prices that can belong together. A signal whose stop or targets sit on the wrong side of its
 * entry, or whose numbers are of different magnitudes, is returned {@linkplain Signal.Open#flagged
 * flagged} with the reason (its values as written, so the user sees what was read), and the
 * engine refuses to trade it: never a silently wrong trade.
 */
public final class ValidatingParser implements SignalParser {
    /** Longer posts are refused: real signals are a few hundred characters. */
    public static final int MAX_LENGTH = 4_000;
    /** Prices further apart than this factor cannot describe one trade (a lost decimal point). */
    static final BigDecimal MAX_RATIO = BigDecimal.TEN;

    private final SignalParser inner;

    public ValidatingParser(SignalParser inner) {
        this.inner = inner;
    }

    @Override
    public SignalParser withVocabulary(ProviderVocabulary vocabulary) {
        return new ValidatingParser(inner.withVocabulary(vocabulary));
    }

    @Override
    public List<Signal> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of(new Signal.None("empty"));
        }
        if (text.length() > MAX_LENGTH) {
            return List.of(new Signal.None("too_long: the message has " + text.length()
                    + " characters; at most " + MAX_LENGTH + " are read"));
        }
        List<Signal> parsed;
        try {
            parsed = inner.parseAll(text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Signal.None("parse_error: " + e.getClass().getSimpleName()));
        }
        if (parsed == null || parsed.isEmpty()) {
            return List.of(new Signal.None("not_a_signal"));
        }
        List<Signal> out = new ArrayList<>(parsed.size());
        for (Signal s : parsed) {
            out.add(s instanceof Signal.Open o ? check(o) : s);
        }
        return out;
    }

    /** The open signal itself when its prices hang together, else the same signal flagged with what is wrong. */
    static Signal check(Signal.Open o) {
        BigDecimal entry = o.referencePrice();
        BigDecimal stop = o.stopLoss();
        boolean buy = o.side() == Side.BUY;
        String side = o.side().wire();
        List<BigDecimal> all = new ArrayList<>(o.takeProfits());
        if (stop != null) {
            all.add(stop);
        }
        if (entry != null) {
            for (BigDecimal p : all) {
                if (p.signum() <= 0 || apart(p, entry)) {
                    return o.flagged(invalid("price " + plain(p) + " cannot belong with the entry " + plain(entry)));
                }
            }
            if (stop != null && (buy ? stop.compareTo(entry) >= 0 : stop.compareTo(entry) <= 0)) {
                return o.flagged(invalid("the stop loss " + plain(stop) + " is " + (buy ? "at or above" : "at or below")
                        + " the entry " + plain(entry) + " of a " + side));
            }
            for (BigDecimal tp : o.takeProfits()) {
                if (buy ? tp.compareTo(entry) <= 0 : tp.compareTo(entry) >= 0) {
                    return o.flagged(invalid("the take-profit " + plain(tp) + " is " + (buy ? "at or below" : "at or above")
                            + " the entry " + plain(entry) + " of a " + side));
                }
            }
        } else if (stop != null) {
            for (BigDecimal tp : o.takeProfits()) {
                if (apart(tp, stop) || (buy ? tp.compareTo(stop) <= 0 : tp.compareTo(stop) >= 0)) {
                    return o.flagged(invalid("the take-profit " + plain(tp) + " and the stop loss " + plain(stop)
                            + " cannot belong to one " + side));
                }
            }
        }
        return o;
    }

    private static boolean apart(BigDecimal a, BigDecimal b) {
        BigDecimal hi = a.max(b);
        BigDecimal lo = a.min(b);
        return lo.signum() <= 0 || hi.compareTo(lo.multiply(MAX_RATIO)) > 0;
    }

    private static String invalid(String why) {
        return "invalid_prices: " + why;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
