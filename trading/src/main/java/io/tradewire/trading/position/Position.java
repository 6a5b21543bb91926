package io.tradewire.trading.position;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** Net holding of one symbol on one account: quantity is signed (long +, short -), 0 when flat. */
@MappedEntity("positions")
public record Position(@Id @GeneratedValue @Nullable Long id, Long accountId, String symbol, BigDecimal quantity,
                      BigDecimal averagePrice, BigDecimal realizedPnl, @Nullable BigDecimal stopLoss,
                      @Nullable Long openedBySignalId, Instant updatedAt) {
    public boolean isOpen() {
        return quantity.signum() != 0;
    }
}
