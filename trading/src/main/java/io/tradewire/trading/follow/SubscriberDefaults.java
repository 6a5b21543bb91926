package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A subscriber's default plan, sizing and risk settings, stored flat; a follow's unset settings
 * take these. Built only from a validated {@link PlanSettings} and {@link RiskDefaults}.
 */
@MappedEntity("subscriber_defaults")
public record SubscriberDefaults(@Id Long subscriberId, @Nullable TpSplit tpSplit, @Nullable String tpWeights,
                                 @Nullable TpTarget tpSingleTarget, @Nullable EntryMode entryMode,
                                 @Nullable Integer ladderLegs, @Nullable Integer breakevenAfterTp,
                                 @Nullable String trailingStop, @Nullable Integer maxLeverage,
                                 @Nullable Integer fixedLeverage, Instant updatedAt,
                                 @Nullable SizingMode sizingMode, @Nullable BigDecimal sizingValue,
                                 @Nullable Boolean requireStopLoss, @Nullable Integer maxOpenPositions,
                                 @Nullable Integer maxSignalAgeSeconds, @Nullable String allowedSymbols,
                                 @Nullable String deniedSymbols, @Nullable Integer maxTradesPerDay,
                                 @Nullable BigDecimal minPositionPct, @Nullable BigDecimal maxPositionPct,
                                 @Nullable String tradingHours, @Nullable String dailyLossLimit,
                                 @Nullable BigDecimal maxDrawdownPct) {

    public static SubscriberDefaults of(Long subscriberId, PlanSettings s, Instant now) {
        return of(subscriberId, s, RiskDefaults.NONE, now);
    }

    public static SubscriberDefaults of(Long subscriberId, PlanSettings s, RiskDefaults r, Instant now) {
        Limits l = r.limits();
        return new SubscriberDefaults(subscriberId, s.tpSplit(), PlanSettings.joinWeights(s.tpWeights()),
                s.tpSingleTarget(), s.entryMode(), s.ladderLegs(), s.breakevenAfterTp(),
                s.trailingStop() == null ? null : s.trailingStop().toString(), s.maxLeverage(), s.fixedLeverage(), now,
                r.sizingMode(), r.sizingValue(), r.requireStopLoss(), r.maxOpenPositions(), l.maxSignalAgeSeconds(),
                Limits.join(l.allowedSymbols()), Limits.join(l.deniedSymbols()), l.maxTradesPerDay(),
                l.minPositionPct(), l.maxPositionPct(), l.tradingHours() == null ? null : l.tradingHours().toString(),
                l.dailyLossLimit() == null ? null : l.dailyLossLimit().toString(), l.maxDrawdownPct());
    }

    public RiskDefaults risk() {
        return new RiskDefaults(sizingMode, sizingValue, requireStopLoss, maxOpenPositions,
                new Limits(maxSignalAgeSeconds, Limits.split(allowedSymbols), Limits.split(deniedSymbols),
                        maxTradesPerDay, minPositionPct, maxPositionPct,
                        tradingHours == null ? null : TradingHours.parse(tradingHours),
                        dailyLossLimit == null ? null : DailyLossLimit.parse(dailyLossLimit), maxDrawdownPct));
    }

    public PlanSettings settings() {
        return new PlanSettings(tpSplit, PlanSettings.splitWeights(tpWeights), tpSingleTarget, entryMode, ladderLegs,
                breakevenAfterTp, trailingStop == null ? null : TrailingStop.parse(trailingStop), maxLeverage,
                fixedLeverage);
    }
}
