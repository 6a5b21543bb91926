package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A subscriber's account copying one provider, with its copy settings. */
@MappedEntity("follows")
public record Follow(@Id @GeneratedValue @Nullable Long id, Long subscriberId, Long providerId, Long accountId,
                     @Nullable SizingMode sizingMode, @Nullable BigDecimal sizingValue, @Nullable Integer maxLeverage,
                     @Nullable Boolean requireStopLoss, @Nullable Integer maxOpenPositions, boolean active,
                     Instant createdAt,
                     @Nullable Integer maxSignalAgeSeconds, String allowedSymbols, String deniedSymbols,
                     @Nullable Integer maxTradesPerDay, @Nullable BigDecimal minPositionPct,
                     @Nullable BigDecimal maxPositionPct, @Nullable String tradingHours,
                     @Nullable String dailyLossLimit, @Nullable BigDecimal maxDrawdownPct,
                     @Nullable TpSplit tpSplit, @Nullable String tpWeights, @Nullable TpTarget tpSingleTarget,
                     @Nullable EntryMode entryMode, @Nullable Integer ladderLegs,
                     @Nullable Integer breakevenAfterTp, @Nullable String trailingStop,
                     @Nullable Integer fixedLeverage) {

    public static Follow of(Long subscriberId, Long providerId, Long accountId, CopySettings s, Instant now) {
        Limits l = s.limits();
        PlanSettings p = s.plan();
        return new Follow(null, subscriberId, providerId, accountId, s.sizingMode(), s.sizingValue(),
                s.maxLeverage(), s.requireStopLoss(), s.maxOpenPositions(), true, now, l.maxSignalAgeSeconds(),
                Limits.join(l.allowedSymbols()), Limits.join(l.deniedSymbols()), l.maxTradesPerDay(),
                l.minPositionPct(), l.maxPositionPct(), l.tradingHours() == null ? null : l.tradingHours().toString(),
                l.dailyLossLimit() == null ? null : l.dailyLossLimit().toString(), l.maxDrawdownPct(),
                p.tpSplit(), PlanSettings.joinWeights(p.tpWeights()), p.tpSingleTarget(), p.entryMode(),
                p.ladderLegs(), p.breakevenAfterTp(), p.trailingStop() == null ? null : p.trailingStop().toString(),
                p.fixedLeverage());
    }

    /**
     * This follow as a decision sees it: every sizing and risk setting it leaves unset taken from
     * the subscriber's defaults (sizing as a pair); a stop loss is not required unless one says so.
     */
    public Follow over(RiskDefaults d) {
        boolean ownSizing = sizingMode != null;
        Limits own = limits();
        Limits base = d.limits();
        Limits l = new Limits(pick(own.maxSignalAgeSeconds(), base.maxSignalAgeSeconds()),
                own.allowedSymbols().isEmpty() ? base.allowedSymbols() : own.allowedSymbols(),
                own.deniedSymbols().isEmpty() ? base.deniedSymbols() : own.deniedSymbols(),
                pick(own.maxTradesPerDay(), base.maxTradesPerDay()), pick(own.minPositionPct(), base.minPositionPct()),
                pick(own.maxPositionPct(), base.maxPositionPct()), pick(own.tradingHours(), base.tradingHours()),
                pick(own.dailyLossLimit(), base.dailyLossLimit()), pick(own.maxDrawdownPct(), base.maxDrawdownPct()));
        return new Follow(id, subscriberId, providerId, accountId, ownSizing ? sizingMode : d.sizingMode(),
                ownSizing ? sizingValue : d.sizingValue(), maxLeverage,
                Boolean.TRUE.equals(pick(requireStopLoss, d.requireStopLoss())),
                pick(maxOpenPositions, d.maxOpenPositions()), active, createdAt, l.maxSignalAgeSeconds(),
                Limits.join(l.allowedSymbols()), Limits.join(l.deniedSymbols()), l.maxTradesPerDay(),
                l.minPositionPct(), l.maxPositionPct(), l.tradingHours() == null ? null : l.tradingHours().toString(),
                l.dailyLossLimit() == null ? null : l.dailyLossLimit().toString(), l.maxDrawdownPct(), tpSplit,
                tpWeights, tpSingleTarget, entryMode, ladderLegs, breakevenAfterTp, trailingStop, fixedLeverage);
    }

    private static <T> T pick(T own, T fallback) {
        return own != null ? own : fallback;
    }

    public CopySettings settings() {
        return new CopySettings(sizingMode, sizingValue, maxLeverage, requireStopLoss, maxOpenPositions, limits(),
                plan());
    }

    /** This follow's own plan settings (unset ones are null; the subscriber's defaults fill them). */
    public PlanSettings plan() {
        return new PlanSettings(tpSplit, PlanSettings.splitWeights(tpWeights), tpSingleTarget, entryMode, ladderLegs,
                breakevenAfterTp, trailingStop == null ? null : TrailingStop.parse(trailingStop), maxLeverage,
                fixedLeverage);
    }

    public Limits limits() {
        return new Limits(maxSignalAgeSeconds, Limits.split(allowedSymbols), Limits.split(deniedSymbols),
                maxTradesPerDay, minPositionPct, maxPositionPct,
                tradingHours == null ? null : TradingHours.parse(tradingHours),
                dailyLossLimit == null ? null : DailyLossLimit.parse(dailyLossLimit), maxDrawdownPct);
    }
}
