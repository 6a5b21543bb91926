package io.tradewire.trading.venue.xchange.bybit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of Bybit's {@code POST /v5/order/create}. Quantities and prices are decimal strings
 * (Bybit's own format), written from BigDecimal without exponent notation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BybitCreateOrder(@JsonProperty("category") String category, @JsonProperty("symbol") String symbol,
                               @JsonProperty("side") String side, @JsonProperty("orderType") String orderType,
                               @JsonProperty("qty") String qty, @JsonProperty("price") String price,
                               @JsonProperty("timeInForce") String timeInForce,
                               @JsonProperty("marketUnit") String marketUnit,
                               @JsonProperty("orderLinkId") String orderLinkId) {
}
