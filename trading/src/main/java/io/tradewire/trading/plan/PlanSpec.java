package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.follow.EntryMode;
import io.tradewire.trading.follow.TpSplit;
import io.tradewire.trading.follow.TrailingStop;
import io.tradewire.trading.order.OrderIntent;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan as decided, before it is stored: the entry legs (their quantities add up to
 * {@code quantity}), the stop-loss leg, the take-profit legs and the management rules.
 * {@code tpWeights} is each signal target's share (0: no leg).
 */
public record PlanSpec(String symbol, Side side, BigDecimal quantity, EntryMode entryMode, TpSplit tpSplit,
                       List<BigDecimal> tpWeights, ExitMode exits, @Nullable BigDecimal stop,
                       @Nullable Integer breakevenAfterTp, @Nullable TrailingStop trailingStop, List<Leg> legs) {

    public PlanSpec {
        tpWeights = List.copyOf(tpWeights);
        legs = List.copyOf(legs);
    }

    /**
     * One leg. {@code price} is a limit's price, a stop's trigger or a target; null for a market
     * entry (and for a trailing stop without a signal stop, set when the entry fills).
     */
    public record Leg(String name, OrderType type, Side side, OrderIntent intent, BigDecimal quantity,
                      @Nullable BigDecimal price, @Nullable BigDecimal referencePrice) {
        public boolean isEntry() {
            return intent == OrderIntent.OPEN;
        }
    }
}
