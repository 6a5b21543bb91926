package io.tradewire.web.admin;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import io.tradewire.trading.follow.EntryMode;
import io.tradewire.trading.follow.DailyLossLimit;
import io.tradewire.trading.follow.Limits;
import io.tradewire.trading.follow.PlanSettings;
import io.tradewire.trading.follow.RiskDefaults;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.follow.SubscriberDefaults;
import io.tradewire.trading.follow.TradingHours;
import io.tradewire.trading.follow.TpSplit;
import io.tradewire.trading.follow.TpTarget;
import io.tradewire.trading.follow.TrailingStop;

import java.math.BigDecimal;

/** Request bodies of the admin setup endpoints. Every field is checked by the trading facade. */
final class SetupRequests {
    private SetupRequests() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewProvider(@Nullable String source, @Nullable String channel, @Nullable String name) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewSubscriber(@Nullable String name, @Nullable BigDecimal startingBalance, @Nullable String timeZone) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewFollow(@Nullable String subscriber, @Nullable Long providerId, @Nullable String account,
                     @Nullable String sizingMode, @Nullable BigDecimal sizingValue, @Nullable Integer maxLeverage,
                     @Nullable Boolean requireStopLoss, @Nullable Integer maxOpenPositions,
                     @Nullable Integer maxSignalAgeSeconds, @Nullable java.util.Set<String> allowedSymbols,
                     @Nullable java.util.Set<String> deniedSymbols, @Nullable Integer maxTradesPerDay,
                     @Nullable BigDecimal minPositionPct, @Nullable BigDecimal maxPositionPct,
                     @Nullable String tradingHours, @Nullable String dailyLossLimit,
                     @Nullable BigDecimal maxDrawdownPct, @Nullable String tpSplit,
                     @Nullable java.util.List<BigDecimal> tpWeights, @Nullable String tpSingleTarget,
                     @Nullable String entryMode, @Nullable Integer ladderLegs, @Nullable Integer breakevenAfterTp,
                     @Nullable String trailingStop, @Nullable Integer fixedLeverage) {
        PlanSettings plan() {
            return PlanFields.settings(tpSplit, tpWeights, tpSingleTarget, entryMode, ladderLegs, breakevenAfterTp,
                    trailingStop, null, fixedLeverage);
        }
    }

    /** A subscriber's defaults (plan, sizing and risk settings), in and out; null fields are unset. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlanDefaults(@Nullable String tpSplit, @Nullable java.util.List<BigDecimal> tpWeights,
                        @Nullable String tpSingleTarget, @Nullable String entryMode, @Nullable Integer ladderLegs,
                        @Nullable Integer breakevenAfterTp, @Nullable String trailingStop,
                        @Nullable Integer maxLeverage, @Nullable Integer fixedLeverage,
                        @Nullable String sizingMode, @Nullable BigDecimal sizingValue,
                        @Nullable Boolean requireStopLoss, @Nullable Integer maxOpenPositions,
                        @Nullable Integer maxSignalAgeSeconds, @Nullable java.util.Set<String> allowedSymbols,
                        @Nullable java.util.Set<String> deniedSymbols, @Nullable Integer maxTradesPerDay,
                        @Nullable BigDecimal minPositionPct, @Nullable BigDecimal maxPositionPct,
                        @Nullable String tradingHours, @Nullable String dailyLossLimit,
                        @Nullable BigDecimal maxDrawdownPct) {
        PlanSettings settings() {
            return PlanFields.settings(tpSplit, tpWeights, tpSingleTarget, entryMode, ladderLegs, breakevenAfterTp,
                    trailingStop, maxLeverage, fixedLeverage);
        }

        RiskDefaults risk() {
            return new RiskDefaults(sizingMode == null ? null : SizingMode.parse(sizingMode), sizingValue,
                    requireStopLoss, maxOpenPositions, RiskFields.limits(maxSignalAgeSeconds, allowedSymbols,
                    deniedSymbols, maxTradesPerDay, minPositionPct, maxPositionPct, tradingHours, dailyLossLimit,
                    maxDrawdownPct));
        }

        static PlanDefaults of(SubscriberDefaults d) {
            PlanSettings p = d.settings();
            RiskDefaults r = d.risk();
            Limits l = r.limits();
            return new PlanDefaults(p.tpSplit() == null ? null : p.tpSplit().wire(), p.tpWeights() == null ? null
                    : io.tradewire.web.json.Decimals.shown(p.tpWeights()),
                    p.tpSingleTarget() == null ? null : p.tpSingleTarget().wire(),
                    p.entryMode() == null ? null : p.entryMode().wire(), p.ladderLegs(), p.breakevenAfterTp(),
                    p.trailingStop() == null ? null : p.trailingStop().toString(), p.maxLeverage(), p.fixedLeverage(),
                    r.sizingMode() == null ? null : r.sizingMode().wire(),
                    r.sizingValue() == null ? null : io.tradewire.web.json.Decimals.shown(r.sizingValue()),
                    r.requireStopLoss(), r.maxOpenPositions(), l.maxSignalAgeSeconds(), l.allowedSymbols(),
                    l.deniedSymbols(), l.maxTradesPerDay(), l.minPositionPct(), l.maxPositionPct(),
                    l.tradingHours() == null ? null : l.tradingHours().toString(),
                    l.dailyLossLimit() == null ? null : l.dailyLossLimit().toString(), l.maxDrawdownPct());
        }
    }

    /** Risk limits from their wire forms; each parser names its setting when the value is bad. */
    static final class RiskFields {
        private RiskFields() {
        }

        static Limits limits(Integer maxSignalAgeSeconds, java.util.Set<String> allowedSymbols,
                             java.util.Set<String> deniedSymbols, Integer maxTradesPerDay, BigDecimal minPositionPct,
                             BigDecimal maxPositionPct, String tradingHours, String dailyLossLimit,
                             BigDecimal maxDrawdownPct) {
            return new Limits(maxSignalAgeSeconds, allowedSymbols, deniedSymbols, maxTradesPerDay, minPositionPct,
                    maxPositionPct, tradingHours == null ? null : TradingHours.parse(tradingHours),
                    dailyLossLimit == null ? null : DailyLossLimit.parse(dailyLossLimit), maxDrawdownPct);
        }
    }

    /** Plan settings from their wire forms; each parser names its setting when the value is bad. */
    static final class PlanFields {
        private PlanFields() {
        }

        static PlanSettings settings(String tpSplit, java.util.List<BigDecimal> tpWeights, String tpSingleTarget,
                                     String entryMode, Integer ladderLegs, Integer breakevenAfterTp,
                                     String trailingStop, Integer maxLeverage, Integer fixedLeverage) {
            return new PlanSettings(tpSplit == null ? null : TpSplit.parse(tpSplit), tpWeights,
                    tpSingleTarget == null ? null : TpTarget.parse(tpSingleTarget),
                    entryMode == null ? null : EntryMode.parse(entryMode), ladderLegs, breakevenAfterTp,
                    trailingStop == null ? null : TrailingStop.parse(trailingStop), maxLeverage, fixedLeverage);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Vocabulary(@Nullable java.util.Map<String, String> aliases, @Nullable java.util.Set<String> ignoreWords) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewPrice(@Nullable BigDecimal price) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Created(Long id) {
    }
}
