package io.tradewire.trading.order;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order the engine decided on; a row in status NEW is an execution job. A signal's order
 * links its decision and signal; an emergency stop's order has neither. An order of an order
 * plan names the plan and its leg ({@code entry-1}, {@code sl}, {@code tp-2}, {@code close});
 * an exit leg keeps its trigger or target in {@code triggerPrice} and is {@code armed} once an
 * entry has filled.
 */
@MappedEntity("orders")
public record Order(@Id @GeneratedValue @Nullable Long id, @Nullable Long decisionId, @Nullable Long signalId,
                    Long accountId,
                    String clientOrderId, String venue, String symbol, Side side, OrderType type,
                    OrderIntent intent, BigDecimal quantity, @Nullable BigDecimal limitPrice,
                    @Nullable BigDecimal referencePrice, OrderStatus status, @Nullable String statusReason,
                    @Nullable String venueOrderId, int attempts, Instant createdAt, Instant updatedAt,
                    OrderOrigin origin, @Nullable Long planId, @Nullable String leg,
                    @Nullable BigDecimal triggerPrice, boolean armed) {

    @Creator
    public Order {
    }

    /** An order outside any plan. */
    public Order(Long id, Long decisionId, Long signalId, Long accountId, String clientOrderId, String venue,
                 String symbol, Side side, OrderType type, OrderIntent intent, BigDecimal quantity,
                 BigDecimal limitPrice, BigDecimal referencePrice, OrderStatus status, String statusReason,
                 String venueOrderId, int attempts, Instant createdAt, Instant updatedAt, OrderOrigin origin) {
        this(id, decisionId, signalId, accountId, clientOrderId, venue, symbol, side, type, intent, quantity,
                limitPrice, referencePrice, status, statusReason, venueOrderId, attempts, createdAt, updatedAt, origin,
                null, null, null, false);
    }

    /** The price the order works at: a limit, a stop's trigger or a target; null at market. */
    @Nullable
    public BigDecimal workingPrice() {
        return limitPrice != null ? limitPrice : triggerPrice;
    }
}
