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
                     SizingMode sizingMode, BigDecimal sizingValue, @Nullable Integer maxLeverage,
                     boolean requireStopLoss, @Nullable Integer maxOpenPositions, boolean active, Instant createdAt,
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
