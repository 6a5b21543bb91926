package io.tradewire.trading.order;

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
 * links its decision and signal; an emergency stop's order has neither.
 */
@MappedEntity("orders")
public record Order(@Id @GeneratedValue @Nullable Long id, @Nullable Long decisionId, @Nullable Long signalId,
                    Long accountId,
                    String clientOrderId, String venue, String symbol, Side side, OrderType type,
                    OrderIntent intent, BigDecimal quantity, @Nullable BigDecimal limitPrice,
                    @Nullable BigDecimal referencePrice, OrderStatus status, @Nullable String statusReason,
                    @Nullable String venueOrderId, int attempts, Instant createdAt, Instant updatedAt,
                    OrderOrigin origin) {
}
