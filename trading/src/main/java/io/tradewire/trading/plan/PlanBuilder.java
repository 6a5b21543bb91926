package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.follow.EntryMode;
import io.tradewire.trading.follow.PlanSettings;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.signal.StoredSignal;
import io.tradewire.trading.venue.InstrumentRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the order plan of one follower's copy of an open signal from the sized quantity (already
 * rounded to the lot step) and the follower's effective plan settings.
 *
 * <p>Entries: {@code market} is one market order. {@code ladder} is N limit orders spread evenly
 * across the signal's entry zone, equal quantities (the last takes what lot rounding left); a
 * signal with one entry price gets one limit at it, a signal with no price a market order. A
 * ladder whose legs would fall below the venue's minimum is merged into fewer legs (N-1, ...)
 * until every leg is tradable, and the reason says so.
 *
 * <p>Exits: a stop-loss leg for the whole quantity (when the signal has a stop or a trailing stop
 * is set) and a take-profit leg per target with a share (see {@link Splits#targetWeights}); a
 * target's share too small for the venue is merged into the next target's.
 */
public final class PlanBuilder {
    private PlanBuilder() {
    }

    /** What building gave: a plan and a sentence describing it, or why there can be none. */
    public sealed interface Built {
        record Planned(PlanSpec plan, String description) implements Built {
        }

        record Refused(String reason) implements Built {
        }
    }

    public static Built build(StoredSignal signal, BigDecimal quantity, BigDecimal price,
                              PlanSettings.Effective settings, InstrumentRules rules, boolean nativeExits) {
        Side side = signal.side();
        Side exitSide = side.opposite();
        List<PlanSpec.Leg> legs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        EntryMode mode = settings.entryMode();
        BigDecimal low = signal.entry() != null ? signal.entry() : signal.entryLow() != null ? signal.entryLow()
                : signal.entryHigh();
        BigDecimal high = signal.entry() != null ? signal.entry() : signal.entryHigh() != null ? signal.entryHigh()
                : signal.entryLow();
        if (mode == EntryMode.LADDER && low != null) {
            int wanted = low.compareTo(high) == 0 ? 1 : settings.ladderLegs();
            int n = wanted;
            List<BigDecimal> parts = Splits.equalParts(quantity, n, rules);
            List<BigDecimal> prices = Splits.ladder(low, high, n, side, rules);
            while (n > 1 && !allTradable(parts, prices, rules)) {
                n--;
                parts = Splits.equalParts(quantity, n, rules);
                prices = Splits.ladder(low, high, n, side, rules);
            }
            if (!allTradable(parts, prices, rules)) {
                return new Built.Refused(rules.whyNotTradable(parts.get(0), prices.get(0)));
            }
            for (int i = 0; i < n; i++) {
                legs.add(new PlanSpec.Leg("entry-" + (i + 1), OrderType.LIMIT, side, OrderIntent.OPEN, parts.get(i),
                        prices.get(i), signal.referencePrice()));
            }
            text.append(n == 1 ? "one limit at " + plain(prices.get(0))
                    : "ladder of " + n + " limits " + pairs(prices, parts));
            if (n < wanted) {
                text.append(" (ladder_legs ").append(wanted).append(" merged into ").append(n).append(": ")
                        .append(plain(Splits.equalParts(quantity, wanted, rules).get(0))).append(" per leg is below")
                        .append(" the venue minimum)");
            }
        } else {
            legs.add(new PlanSpec.Leg("entry-1", OrderType.MARKET, side, OrderIntent.OPEN, quantity, null, price));
            text.append("at market");
            if (mode == EntryMode.LADDER) {
                text.append(" (entry_mode ladder, but the signal names no entry price)");
            }
        }
        BigDecimal stop = signal.stopLoss();
        if (stop != null || settings.trailingStop() != null) {
            legs.add(new PlanSpec.Leg("sl", OrderType.STOP, exitSide, OrderIntent.CLOSE, quantity, stop, null));
            text.append("; stop ").append(stop == null ? "trailing from the entry" : plain(stop))
                    .append(" for ").append(plain(quantity));
        }
        List<BigDecimal> targets = signal.takeProfits();
        List<BigDecimal> weights = Splits.targetWeights(settings.tpSplit(), settings.tpWeights(),
                settings.tpSingleTarget(), targets.size());
        List<BigDecimal> shares = Splits.shares(quantity, weights, targets, rules);
        List<String> described = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (shares.get(i).signum() > 0) {
                legs.add(new PlanSpec.Leg("tp-" + (i + 1), OrderType.LIMIT, exitSide, OrderIntent.CLOSE,
                        shares.get(i), targets.get(i), null));
                described.add(plain(targets.get(i)) + " x " + plain(shares.get(i)));
            }
        }
        if (!described.isEmpty()) {
            text.append("; targets ").append(String.join(", ", described)).append(" (")
                    .append(settings.tpSplit().wire()).append(" split")
                    .append(merged(weights, shares) ? ", a share below the venue minimum merged into the next" : "")
                    .append(")");
        }
        Integer breakeven = settings.breakevenAfterTp();
        if (breakeven != null) {
            boolean hasLeg = breakeven <= shares.size() && shares.get(breakeven - 1).signum() > 0;
            text.append("; stop to breakeven after tp-").append(breakeven)
                    .append(hasLeg ? "" : " (no leg at target " + breakeven + ": only a 'TP" + breakeven
                            + " hit' follow-up applies it)");
        }
        if (settings.trailingStop() != null) {
            text.append("; trailing stop ").append(settings.trailingStop());
        }
        boolean anyExit = legs.stream().anyMatch(l -> !l.isEntry());
        if (anyExit) {
            text.append(nativeExits
                    ? "; exits rest on the venue as reduce-only orders once an entry fills (native exits)"
                    : "; exits are watched by Tradewire (the venue keeps no stop orders) and sent at market"
                    + " when the price crosses them");
        }
        return new Built.Planned(new PlanSpec(signal.symbol(), side, quantity, mode, settings.tpSplit(),
                shares, nativeExits ? ExitMode.NATIVE : ExitMode.WATCHED, stop, breakeven,
                settings.trailingStop(), legs), text.toString());
    }

    private static boolean allTradable(List<BigDecimal> parts, List<BigDecimal> prices, InstrumentRules rules) {
        for (int i = 0; i < parts.size(); i++) {
            if (!rules.tradable(parts.get(i), prices.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean merged(List<BigDecimal> weights, List<BigDecimal> shares) {
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).signum() > 0 && shares.get(i).signum() == 0) {
                return true;
            }
        }
        return false;
    }

    private static String pairs(List<BigDecimal> prices, List<BigDecimal> quantities) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            out.add(plain(prices.get(i)) + " x " + plain(quantities.get(i)));
        }
        return out.stream().collect(Collectors.joining(", "));
    }

    static String plain(@Nullable BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
