package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** How much of one plan order has filled. */
@Introspected
record LegFill(Long orderId, BigDecimal quantity) {
}
