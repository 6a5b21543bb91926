package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.follow.EntryMode;
import io.tradewire.trading.follow.TpSplit;
import io.tradewire.trading.follow.TrailingStop;
import io.tradewire.trading.signal.DecimalListConverter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The order plan of one follower's copy of one open signal; its legs are {@code orders} rows
 * with this plan's id. {@code tpWeights} holds each signal target's share (0: no leg), so the
 * targets' legs can be re-sized whenever what the plan holds changes. {@code stopPrice} is the
 * stop now, {@code signalStop} the provider's; {@code bestPrice} what a trailing stop follows.
 */
@MappedEntity("order_plans")
public record OrderPlan(@Id @GeneratedValue @Nullable Long id, Long decisionId, Long signalId, Long followId,
                        Long accountId, String symbol, Side side, BigDecimal quantity, EntryMode entryMode,
                        TpSplit tpSplit,
                        @TypeDef(type = DataType.STRING, converter = DecimalListConverter.class)
                        List<BigDecimal> tpWeights,
                        ExitMode exits, @Nullable BigDecimal stopPrice, @Nullable BigDecimal signalStop,
                        @Nullable Integer breakevenAfterTp, @Nullable String trailingStop,
                        @Nullable BigDecimal bestPrice, PlanStatus status, @Nullable String statusReason,
                        Instant createdAt, Instant updatedAt) {

    @Nullable
    public TrailingStop trailing() {
        return trailingStop == null ? null : TrailingStop.parse(trailingStop);
    }

    /** Whether {@code candidate} is a tighter stop than {@code current} for this plan's side (null is loosest). */
    boolean tighter(BigDecimal candidate, @Nullable BigDecimal current) {
        return current == null || (side == Side.BUY ? candidate.compareTo(current) > 0 : candidate.compareTo(current) < 0);
    }

    /** Whether {@code candidate} is a better price than {@code best} for this plan's side. */
    boolean better(BigDecimal candidate, @Nullable BigDecimal best) {
        return best == null || (side == Side.BUY ? candidate.compareTo(best) > 0 : candidate.compareTo(best) < 0);
    }
}
