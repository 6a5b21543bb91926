package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the orders of one copied signal are planned. Every field may be unset (null): a follow's
 * unset settings take its subscriber's defaults ({@link #over}), then the built-in ones
 * ({@link #effective}). Settings that only make sense together are layered as a group: the
 * take-profit split (tp_split, tp_weights, tp_single_target), the entry (entry_mode,
 * ladder_legs) and the leverage (max_leverage, fixed_leverage). Validated on creation; each
 * message names the setting and its allowed range.
 */
public record PlanSettings(@Nullable TpSplit tpSplit, @Nullable List<BigDecimal> tpWeights,
                           @Nullable TpTarget tpSingleTarget, @Nullable EntryMode entryMode,
                           @Nullable Integer ladderLegs, @Nullable Integer breakevenAfterTp,
                           @Nullable TrailingStop trailingStop, @Nullable Integer maxLeverage,
                           @Nullable Integer fixedLeverage) {

    public static final PlanSettings NONE = new PlanSettings(null, null, null, null, null, null, null, null, null);
    static final int MAX_WEIGHTS = 10;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");
    /** ladder legs when entry_mode is ladder and ladder_legs is unset */
    public static final int DEFAULT_LADDER_LEGS = 3;

    public PlanSettings {
        tpWeights = tpWeights == null || tpWeights.isEmpty() ? null : List.copyOf(tpWeights);
        // a detail given alone implies its mode: weights mean tp_split weights, and so on
        if (tpWeights != null && tpSplit == null) {
            tpSplit = TpSplit.WEIGHTS;
        }
        if (tpSingleTarget != null && tpSplit == null) {
            tpSplit = TpSplit.SINGLE;
        }
        if (ladderLegs != null && entryMode == null) {
            entryMode = EntryMode.LADDER;
        }
        if (tpWeights != null && tpSplit != TpSplit.WEIGHTS) {
            throw new InvalidInputException("tp_weights", "tp_weights is only read with tp_split weights, and tp_split"
                    + " is " + tpSplit.wire());
        }
        if (tpSplit == TpSplit.WEIGHTS) {
            checkWeights(tpWeights);
        }
        if (tpSingleTarget != null && tpSplit != TpSplit.SINGLE) {
            throw new InvalidInputException("tp_single_target", "tp_single_target (first or last) is only read with"
                    + " tp_split single, and tp_split is " + tpSplit.wire());
        }
        if (ladderLegs != null && entryMode != EntryMode.LADDER) {
            throw new InvalidInputException("ladder_legs", "ladder_legs (2 to 10) is only read with entry_mode ladder,"
                    + " and entry_mode is " + entryMode.wire());
        }
        if (ladderLegs != null && (ladderLegs < 2 || ladderLegs > 10)) {
            throw new InvalidInputException("ladder_legs", "ladder_legs must be between 2 and 10, got " + ladderLegs);
        }
        if (breakevenAfterTp != null && (breakevenAfterTp < 1 || breakevenAfterTp > 10)) {
            throw new InvalidInputException("breakeven_after_tp",
                    "breakeven_after_tp must be between 1 and 10, got " + breakevenAfterTp);
        }
        if (maxLeverage != null && (maxLeverage < 1 || maxLeverage > 125)) {
            throw new InvalidInputException("max_leverage", "max_leverage must be between 1 and 125, got " + maxLeverage);
        }
        if (fixedLeverage != null && (fixedLeverage < 1 || fixedLeverage > 125)) {
            throw new InvalidInputException("fixed_leverage",
                    "fixed_leverage must be between 1 and 125, got " + fixedLeverage);
        }
        if (maxLeverage != null && fixedLeverage != null) {
            throw new InvalidInputException("fixed_leverage", "fixed_leverage and max_leverage exclude each other:"
                    + " max_leverage (1 to 125) caps the signal's leverage, fixed_leverage (1 to 125) always uses"
                    + " one; set only one of them");
        }
    }

    private static void checkWeights(List<BigDecimal> weights) {
        if (weights == null) {
            throw new InvalidInputException("tp_weights", "tp_weights is required with tp_split weights: 1 to "
                    + MAX_WEIGHTS + " numbers, each above 0 and at most 100, like [50, 30, 20]");
        }
        boolean bad = weights.size() > MAX_WEIGHTS || weights.stream()
                .anyMatch(w -> w == null || w.signum() <= 0 || w.compareTo(MAX_WEIGHT) > 0);
        if (bad) {
            throw new InvalidInputException("tp_weights", "tp_weights must be 1 to " + MAX_WEIGHTS
                    + " numbers, each above 0 and at most 100, like [50, 30, 20]; got " + weights.stream()
                    .map(w -> w == null ? "null" : w.toPlainString()).collect(Collectors.joining(", ", "[", "]")));
        }
    }

    /** These settings over {@code defaults}: each group this leaves entirely unset is taken from the defaults. */
    public PlanSettings over(@Nullable PlanSettings defaults) {
        if (defaults == null) {
            return this;
        }
        boolean split = tpSplit != null;
        boolean entry = entryMode != null;
        boolean leverage = maxLeverage != null || fixedLeverage != null;
        return new PlanSettings(split ? tpSplit : defaults.tpSplit, split ? tpWeights : defaults.tpWeights,
                split ? tpSingleTarget : defaults.tpSingleTarget, entry ? entryMode : defaults.entryMode,
                entry ? ladderLegs : defaults.ladderLegs,
                breakevenAfterTp != null ? breakevenAfterTp : defaults.breakevenAfterTp,
                trailingStop != null ? trailingStop : defaults.trailingStop,
                leverage ? maxLeverage : defaults.maxLeverage, leverage ? fixedLeverage : defaults.fixedLeverage);
    }

    /** The settings a decision uses: the built-in default for everything still unset. */
    public Effective effective() {
        EntryMode mode = entryMode == null ? EntryMode.MARKET : entryMode;
        return new Effective(tpSplit == null ? TpSplit.EQUAL : tpSplit, tpWeights,
                tpSingleTarget == null ? TpTarget.FIRST : tpSingleTarget, mode,
                mode == EntryMode.LADDER ? (ladderLegs == null ? DEFAULT_LADDER_LEGS : ladderLegs) : 1,
                breakevenAfterTp, trailingStop, maxLeverage, fixedLeverage);
    }

    public PlanSettings withMaxLeverage(@Nullable Integer cap) {
        return new PlanSettings(tpSplit, tpWeights, tpSingleTarget, entryMode, ladderLegs, breakevenAfterTp,
                trailingStop, cap, fixedLeverage);
    }

    /** Space-separated, as stored; null when unset. */
    @Nullable
    public static String joinWeights(@Nullable List<BigDecimal> weights) {
        return weights == null ? null : String.join(" ", weights.stream().map(BigDecimal::toPlainString).toList());
    }

    @Nullable
    public static List<BigDecimal> splitWeights(@Nullable String stored) {
        return stored == null || stored.isBlank() ? null
                : java.util.Arrays.stream(stored.trim().split(" +")).map(BigDecimal::new).toList();
    }

    /**
     * Settings with every default applied. {@code ladderLegs} is 1 for a market entry;
     * {@code tpWeights} is set only for the weights split; a null leverage pair means 1x.
     */
    public record Effective(TpSplit tpSplit, @Nullable List<BigDecimal> tpWeights, TpTarget tpSingleTarget,
                            EntryMode entryMode, int ladderLegs, @Nullable Integer breakevenAfterTp,
                            @Nullable TrailingStop trailingStop, @Nullable Integer maxLeverage,
                            @Nullable Integer fixedLeverage) {

        /** The leverage used: the fixed one, else the signal's up to the cap; no cap means none. */
        public int leverage(@Nullable Integer signalLeverage) {
            if (fixedLeverage != null) {
                return fixedLeverage;
            }
            int wanted = signalLeverage == null ? 1 : Math.max(1, signalLeverage);
            return Math.min(wanted, maxLeverage == null ? 1 : maxLeverage);
        }
    }
}
