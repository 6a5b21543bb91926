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
                     @Nullable String dailyLossLimit, @Nullable BigDecimal maxDrawdownPct) {

    public static Follow of(Long subscriberId, Long providerId, Long accountId, CopySettings s, Instant now) {
        Limits l = s.limits();
        return new Follow(null, subscriberId, providerId, accountId, s.sizingMode(), s.sizingValue(),
                s.maxLeverage(), s.requireStopLoss(), s.maxOpenPositions(), true, now, l.maxSignalAgeSeconds(),
                Limits.join(l.allowedSymbols()), Limits.join(l.deniedSymbols()), l.maxTradesPerDay(),
                l.minPositionPct(), l.maxPositionPct(), l.tradingHours() == null ? null : l.tradingHours().toString(),
                l.dailyLossLimit() == null ? null : l.dailyLossLimit().toString(), l.maxDrawdownPct());
    }

    public CopySettings settings() {
        return new CopySettings(sizingMode, sizingValue, maxLeverage, requireStopLoss, maxOpenPositions, limits());
    }

    public Limits limits() {
        return new Limits(maxSignalAgeSeconds, Limits.split(allowedSymbols), Limits.split(deniedSymbols),
                maxTradesPerDay, minPositionPct, maxPositionPct,
                tradingHours == null ? null : TradingHours.parse(tradingHours),
                dailyLossLimit == null ? null : DailyLossLimit.parse(dailyLossLimit), maxDrawdownPct);
    }
}
