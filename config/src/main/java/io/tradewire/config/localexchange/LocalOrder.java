package io.tradewire.config.localexchange;

import java.math.BigDecimal;

/**
 * An order on the local exchange's book. {@code status} uses Binance's words (NEW, FILLED,
 * CANCELED); the Bybit API translates them.
 */
public record LocalOrder(long orderId, String apiKey, String clientOrderId, LocalInstrument instrument, String side,
                         String type, BigDecimal quantity, BigDecimal price, BigDecimal executedQty,
                         BigDecimal quoteQty, BigDecimal fee, String feeAsset, String status, long time) {

    LocalOrder withStatus(String newStatus) {
        return new LocalOrder(orderId, apiKey, clientOrderId, instrument, side, type, quantity, price, executedQty,
                quoteQty, fee, feeAsset, newStatus, time);
    }
}
