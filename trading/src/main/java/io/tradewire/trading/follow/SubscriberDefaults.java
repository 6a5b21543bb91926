package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A subscriber's default plan settings, stored flat; a follow's unset settings take these.
 * Built only from a validated {@link PlanSettings}.
 */
@MappedEntity("subscriber_defaults")
public record SubscriberDefaults(@Id Long subscriberId, @Nullable TpSplit tpSplit, @Nullable String tpWeights,
                                 @Nullable TpTarget tpSingleTarget, @Nullable EntryMode entryMode,
                                 @Nullable Integer ladderLegs, @Nullable Integer breakevenAfterTp,
                                 @Nullable String trailingStop, @Nullable Integer maxLeverage,
                                 @Nullable Integer fixedLeverage, Instant updatedAt) {

    public static SubscriberDefaults of(Long subscriberId, PlanSettings s, Instant now) {
        return new SubscriberDefaults(subscriberId, s.tpSplit(), PlanSettings.joinWeights(s.tpWeights()),
                s.tpSingleTarget(), s.entryMode(), s.ladderLegs(), s.breakevenAfterTp(),
                s.trailingStop() == null ? null : s.trailingStop().toString(), s.maxLeverage(), s.fixedLeverage(), now);
    }

    public PlanSettings settings() {
        return new PlanSettings(tpSplit, PlanSettings.splitWeights(tpWeights), tpSingleTarget, entryMode, ladderLegs,
                breakevenAfterTp, trailingStop == null ? null : TrailingStop.parse(trailingStop), maxLeverage,
                fixedLeverage);
    }
}
