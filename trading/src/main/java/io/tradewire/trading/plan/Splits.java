package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.Side;
import io.tradewire.trading.follow.TpSplit;
import io.tradewire.trading.follow.TpTarget;
import io.tradewire.trading.venue.InstrumentRules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arithmetic of a plan: ladder prices, equal parts, and shares of a position among targets. */
final class Splits {
    private Splits() {
    }

    /**
     * {@code n} prices spread evenly from {@code low} to {@code high}, rounded to the tick, the
     * one the market reaches first coming first: the highest for a buy, the lowest for a sell.
     */
    static List<BigDecimal> ladder(BigDecimal low, BigDecimal high, int n, Side side, InstrumentRules rules) {
        List<BigDecimal> prices = new ArrayList<>(n);
        if (n == 1) {
            prices.add(rules.roundPrice(low.add(high).divide(BigDecimal.TWO, MathContext.DECIMAL128)));
            return prices;
        }
        BigDecimal step = high.subtract(low).divide(BigDecimal.valueOf(n - 1L), MathContext.DECIMAL128);
        for (int i = 0; i < n; i++) {
            prices.add(rules.roundPrice(low.add(step.multiply(BigDecimal.valueOf(i)))));
        }
        if (side == Side.BUY) {
            Collections.reverse(prices);
        }
        return prices;
    }

    /** {@code total} in {@code n} parts floored to the lot step; the last takes what rounding left. */
    static List<BigDecimal> equalParts(BigDecimal total, int n, InstrumentRules rules) {
        BigDecimal part = rules.floorQuantity(total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128));
        List<BigDecimal> parts = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) {
            parts.add(part);
        }
        parts.add(total.subtract(part.multiply(BigDecimal.valueOf(n - 1L))).stripTrailingZeros());
        return parts;
    }

    /**
     * Each of the signal's {@code targets} targets' relative share; 0 means the target gets no
     * leg. {@code weights} longer than the targets: the weights past the last target are added
     * to the last target. Shorter: the targets past the last weight get no leg (the position
     * stays open beyond them, under its stop).
     */
    static List<BigDecimal> targetWeights(TpSplit split, @Nullable List<BigDecimal> weights, TpTarget single,
                                          int targets) {
        List<BigDecimal> out = new ArrayList<>(Collections.nCopies(targets, BigDecimal.ZERO));
        if (targets == 0) {
            return out;
        }
        switch (split) {
            case EQUAL -> Collections.fill(out, BigDecimal.ONE);
            case SINGLE -> out.set(single == TpTarget.FIRST ? 0 : targets - 1, BigDecimal.ONE);
            case WEIGHTS -> {
                for (int i = 0; i < weights.size(); i++) {
                    int at = Math.min(i, targets - 1);
                    out.set(at, out.get(at).add(weights.get(i)));
                }
            }
        }
        return out;
    }

    /**
     * Shares {@code held} among legs by their weights, floored to the lot step, the last leg with
     * a weight taking what rounding left, so the shares add up to {@code held} exactly. A share
     * too small for the venue at its leg's price is merged into the next leg (the last into the
     * one before it); a merged leg gets 0.
     */
    static List<BigDecimal> shares(BigDecimal held, List<BigDecimal> weights, List<BigDecimal> prices,
                                   InstrumentRules rules) {
        int n = weights.size();
        List<BigDecimal> out = new ArrayList<>(Collections.nCopies(n, BigDecimal.ZERO));
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (weights.get(i).signum() > 0) {
                last = i;
            }
        }
        if (last < 0 || held.signum() <= 0) {
            return out;
        }
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < last; i++) {
            if (weights.get(i).signum() > 0) {
                BigDecimal q = rules.floorQuantity(held.multiply(weights.get(i)).divide(total, MathContext.DECIMAL128));
                out.set(i, q);
                given = given.add(q);
            }
        }
        out.set(last, held.subtract(given).stripTrailingZeros());
        BigDecimal carry = BigDecimal.ZERO;
        for (int i = 0; i < last; i++) {
            if (weights.get(i).signum() == 0) {
                continue;
            }
            BigDecimal q = out.get(i).add(carry);
            if (q.signum() > 0 && !rules.tradable(q, prices.get(i))) {
                carry = q;
                out.set(i, BigDecimal.ZERO);
            } else {
                carry = BigDecimal.ZERO;
                out.set(i, q);
            }
        }
        out.set(last, out.get(last).add(carry));
        if (!rules.tradable(out.get(last), prices.get(last))) {
            for (int i = last - 1; i >= 0; i--) {
                if (out.get(i).signum() > 0) {
                    out.set(i, out.get(i).add(out.get(last)));
                    out.set(last, BigDecimal.ZERO);
                    break;
                }
            }
        }
        return out;
    }
}
