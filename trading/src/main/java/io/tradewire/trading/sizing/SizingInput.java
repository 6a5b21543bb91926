package io.tradewire.trading.sizing;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * What a sizer needs: the account's equity, the entry price, the stop (if any), the setting's
 * value, and for Kelly sizing the provider's realised record.
 */
public record SizingInput(BigDecimal equity, BigDecimal price, @Nullable BigDecimal stopLoss, BigDecimal value,
                          @Nullable ProviderRecord record) {
    public SizingInput(BigDecimal equity, BigDecimal price, BigDecimal stopLoss, BigDecimal value) {
        this(equity, price, stopLoss, value, null);
    }
}
