package io.tradewire.nlp.corenlp;

import io.tradewire.nlp.Evidence;
import io.tradewire.nlp.Field;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.corenlp.PriceReader.Price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One trade being read from a post: what the tagged sections said so far, every value with the
 * place it was read. Turns into a {@link Signal.Open} once the post is read, inferring the side
 * from the prices when no side word says it (or the words disagree).
 */
final class Draft {

    /** A side word (or emoji hint) and where it was written. */
    record SideWord(Side side, int start, int end) { }

    SymbolReader.Found symbol;
    final List<SideWord> sideWords = new ArrayList<>();
    final List<SideWord> sideHints = new ArrayList<>();
    /** Prices after an entry label ("Entry:", "@", "Buy Zone"). */
    final List<Price> labelledEntries = new ArrayList<>();
    /** Prices right after the symbol or side word ("GBPUSD BUY 1.2724"). */
    final List<Price> plainEntries = new ArrayList<>();
    Price stopLoss;
    /** Stop and target sections that held no price: they may hold a distance (pips, percent) instead. */
    final List<Section> distanceSections = new ArrayList<>();

    /** A labelled stretch [start, end) of the post and the field its label names. */
    record Section(Field field, int start, int end) { }
    final List<Price> targets = new ArrayList<>();
    /** For a target glued to its label ("TP41.3100"): index in targets, and the value without the first digit. */
    int gluedTarget = -1;
    Price gluedAlternative;

    boolean hasExits() {
        return stopLoss != null || !targets.isEmpty();
    }

    boolean hasEntries() {
        return !labelledEntries.isEmpty() || !plainEntries.isEmpty();
    }

    boolean hasPrices() {
        return hasEntries() || hasExits();
    }

    /** Entry (or stop) and an exit: a whole trade, not a results post. */
    boolean isComplete() {
        return (hasEntries() || stopLoss != null) && hasExits();
    }

    /** The open signal, or null when the symbol or the side is unknown. */
    Signal.Open toOpen(CleanText text, Tagger.Tag orderType, LeverageReader.Found leverage) {
        List<Price> entries = new ArrayList<>(labelledEntries.isEmpty() ? plainEntries : labelledEntries);
        Price stop = stopLoss;
        List<Price> tps = new ArrayList<>(targets);
        Side side = wordSide();

        // "XAUUSD BUY 1413.0 1409.0 1435.0": no labels at all.
        if (labelledEntries.isEmpty() && stop == null && tps.isEmpty() && entries.size() >= 3) {
            Price entry = entries.get(0);
            List<Price> rest = entries.subList(1, entries.size());
            if (side == null) {
                stop = rest.get(0);
                tps.addAll(rest.subList(1, rest.size()));
            } else {
                for (Price p : rest) {
                    boolean protective = side == Side.BUY ? p.value().compareTo(entry.value()) < 0
                            : p.value().compareTo(entry.value()) > 0;
                    if (protective && stop == null) {
                        stop = p;
                    } else {
                        tps.add(p);
                    }
                }
            }
            entries = List.of(entry);
        }

        BigDecimal entry = null;
        BigDecimal low = null;
        BigDecimal high = null;
        if (!entries.isEmpty()) {
            low = entries.stream().map(Price::value).min(BigDecimal::compareTo).orElseThrow();
            high = entries.stream().map(Price::value).max(BigDecimal::compareTo).orElseThrow();
            if (low.compareTo(high) == 0) {
                entry = entries.get(0).value();
                low = null;
                high = null;
            }
        }
        BigDecimal reference = entry != null ? entry : low == null ? null : low.add(high).divide(BigDecimal.TWO);

        if (gluedTarget >= 0 && gluedTarget < tps.size() && reference != null && reference.signum() > 0
                && gluedAlternative.value().signum() > 0 && tps.get(gluedTarget) == targets.get(gluedTarget)) {
            if (logGap(gluedAlternative.value(), reference) < logGap(tps.get(gluedTarget).value(), reference)) {
                tps.set(gluedTarget, gluedAlternative);
            }
        }

        List<BigDecimal> tpValues = tps.stream().map(Price::value).toList();
        BigDecimal stopValue = stop == null ? null : stop.value();
        List<Evidence> evidence = new ArrayList<>();
        boolean inferred = false;
        if (side == null) {
            Side hint = hintSide();
            Side fromPrices = sideFromPrices(reference, stopValue, tpValues);
            if (fromPrices != null) {
                side = fromPrices;
                inferred = hint != fromPrices;
            } else {
                side = hint;
            }
            if (side == null && !sideWords.isEmpty()) {
                side = sideWords.get(0).side();
                evidence.add(Evidence.read(Field.SIDE, text.span(sideWords.get(0).start(), sideWords.get(0).end())));
            } else if (side != null && !inferred) {
                SideWord h = sideHints.stream().filter(s -> s.side() == hintSide()).findFirst().orElse(null);
                if (h != null) {
                    evidence.add(Evidence.read(Field.SIDE, text.span(h.start(), h.end())));
                }
            }
        } else {
            for (SideWord w : sideWords) {
                evidence.add(Evidence.read(Field.SIDE, text.span(w.start(), w.end())));
            }
        }
        if (symbol == null || side == null) {
            return null;
        }
        if (inferred) {
            int s = Integer.MAX_VALUE;
            int e = -1;
            List<Price> used = new ArrayList<>(entries);
            used.addAll(tps);
            if (stop != null) {
                used.add(stop);
            }
            for (Price p : used) {
                s = Math.min(s, p.start());
                e = Math.max(e, p.end());
            }
            if (e > s) {
                evidence.add(Evidence.inferred(Field.SIDE, text.span(s, e)));
            }
        }
        evidence.add(0, Evidence.read(Field.SYMBOL, text.span(symbol.start(), symbol.end())));
        OrderType type = null;
        if (orderType != null) {
            type = OrderType.valueOf(orderType.value());
            evidence.add(Evidence.read(Field.ORDER_TYPE, text.span(orderType.start(), orderType.end())));
        }
        for (Price p : entries) {
            evidence.add(Evidence.read(Field.ENTRY, text.span(p.start(), p.end())));
        }
        if (stop != null) {
            evidence.add(Evidence.read(Field.STOP_LOSS, text.span(stop.start(), stop.end())));
        }
        for (Price p : tps) {
            evidence.add(Evidence.read(Field.TAKE_PROFIT, text.span(p.start(), p.end())));
        }
        Integer lev = null;
        if (leverage != null) {
            lev = leverage.value();
            evidence.add(Evidence.read(Field.LEVERAGE, text.span(leverage.start(), leverage.end())));
        }
        return new Signal.Open(symbol.symbol(), side, type, entry, low, high, stopValue, tpValues, lev, evidence);
    }

    /** The side the words say, or null when none or they disagree ("Buy #LUNA/USDT #SHORT"). */
    Side wordSide() {
        return agreed(sideWords);
    }

    /** The side a word says, or failing that an emoji hint. */
    Side declaredSide() {
        Side w = wordSide();
        return w != null ? w : hintSide();
    }

    private Side hintSide() {
        return agreed(sideHints);
    }

    private static Side agreed(List<SideWord> words) {
        if (words.isEmpty()) {
            return null;
        }
        Side first = words.get(0).side();
        for (SideWord s : words) {
            if (s.side() != first) {
                return null;
            }
        }
        return first;
    }

    /** Targets above the entry (or a stop below it): buy. */
    static Side sideFromPrices(BigDecimal reference, BigDecimal stop, List<BigDecimal> tps) {
        if (reference != null) {
            if (!tps.isEmpty()) {
                boolean allAbove = tps.stream().allMatch(t -> t.compareTo(reference) > 0);
                boolean allBelow = tps.stream().allMatch(t -> t.compareTo(reference) < 0);
                if (allAbove != allBelow) {
                    return allAbove ? Side.BUY : Side.SELL;
                }
            }
            if (stop != null && stop.compareTo(reference) != 0) {
                return stop.compareTo(reference) < 0 ? Side.BUY : Side.SELL;
            }
            if (!tps.isEmpty() && tps.get(0).compareTo(reference) != 0) {
                return tps.get(0).compareTo(reference) > 0 ? Side.BUY : Side.SELL;
            }
            return null;
        }
        if (stop != null && !tps.isEmpty() && stop.compareTo(tps.get(0)) != 0) {
            return stop.compareTo(tps.get(0)) < 0 ? Side.BUY : Side.SELL;
        }
        return null;
    }

    private static double logGap(BigDecimal a, BigDecimal b) {
        return Math.abs(Math.log(a.doubleValue() / b.doubleValue()));
    }
}
