package io.tradewire.nlp.simple;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One trade being read from a post: what the sections said so far. Turns into a
 * {@link Signal.Open} once the post is read, inferring the side from the prices when no side
 * word says it (or the words disagree).
 */
final class Draft {

    String symbol;
    final List<Side> sideWords = new ArrayList<>();
    /** Prices after an entry label ("Entry:", "@", "Buy Zone"). */
    final List<BigDecimal> labelledEntries = new ArrayList<>();
    /** Prices right after the symbol or side word ("GBPUSD BUY 1.2724"). */
    final List<BigDecimal> plainEntries = new ArrayList<>();
    BigDecimal stopLoss;
    final List<BigDecimal> targets = new ArrayList<>();
    /** For a target glued to its label ("TP41.3100"): index in targets, and the value without the first digit. */
    int gluedTarget = -1;
    BigDecimal gluedAlternative;

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
    Signal.Open toOpen(OrderType orderType, Integer leverage) {
        List<BigDecimal> entries = new ArrayList<>(labelledEntries.isEmpty() ? plainEntries : labelledEntries);
        BigDecimal stop = stopLoss;
        List<BigDecimal> tps = new ArrayList<>(targets);
        Side side = wordSide();

        // "XAUUSD BUY 1413.0 1409.0 1435.0" or "Sell 1.097 / 🔻 1.105 / 🔹 1.089": no labels at all.
        if (labelledEntries.isEmpty() && stop == null && tps.isEmpty() && entries.size() >= 3) {
            BigDecimal entry = entries.get(0);
            List<BigDecimal> rest = entries.subList(1, entries.size());
            if (side == null) {
                stop = rest.get(0);
                tps.addAll(rest.subList(1, rest.size()));
            } else {
                for (BigDecimal p : rest) {
                    boolean protective = side == Side.BUY ? p.compareTo(entry) < 0 : p.compareTo(entry) > 0;
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
            low = entries.stream().min(BigDecimal::compareTo).orElseThrow();
            high = entries.stream().max(BigDecimal::compareTo).orElseThrow();
            if (low.compareTo(high) == 0) {
                entry = entries.get(0);
                low = null;
                high = null;
            }
        }
        BigDecimal reference = entry != null ? entry : low == null ? null : low.add(high).divide(BigDecimal.TWO);

        if (gluedTarget >= 0 && gluedTarget < tps.size() && reference != null && reference.signum() > 0
                && gluedAlternative.signum() > 0) {
            if (logGap(gluedAlternative, reference) < logGap(tps.get(gluedTarget), reference)) {
                tps.set(gluedTarget, gluedAlternative);
            }
        }

        if (side == null) {
            side = sideFromPrices(reference, stop, tps);
        }
        if (side == null && !sideWords.isEmpty()) {
            side = sideWords.get(0);
        }
        if (symbol == null || side == null) {
            return null;
        }
        return new Signal.Open(symbol, side, orderType, entry, low, high, stop, tps, leverage);
    }

    /** The side the words say, or null when none or they disagree ("Buy #LUNA/USDT #SHORT"). */
    Side wordSide() {
        if (sideWords.isEmpty()) {
            return null;
        }
        Side first = sideWords.get(0);
        for (Side s : sideWords) {
            if (s != first) {
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
