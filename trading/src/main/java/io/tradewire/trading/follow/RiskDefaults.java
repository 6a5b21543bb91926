package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A subscriber's default sizing and risk settings: what each of their follows uses for a
 * setting it leaves unset. Sizing (mode and value) is one setting; the rest are taken one by
 * one. Validated on creation with the same messages as a follow's.
 */
public record RiskDefaults(@Nullable SizingMode sizingMode, @Nullable BigDecimal sizingValue,
                           @Nullable Boolean requireStopLoss, @Nullable Integer maxOpenPositions, Limits limits) {
    public static final RiskDefaults NONE = new RiskDefaults(null, null, null, null, Limits.NONE);

    public RiskDefaults {
        limits = limits == null ? Limits.NONE : limits;
        CopySettings.checkSizing(sizingMode, sizingValue);
        CopySettings.checkMaxOpenPositions(maxOpenPositions);
    }
}
