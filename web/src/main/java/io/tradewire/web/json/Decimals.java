package io.tradewire.web.json;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the API shows an exact decimal: no trailing zeros and never an exponent (2290, not
 * 2290.0000000000000000 or 2.29E+3; 0, not 0E-8). The value is unchanged, only its scale.
 */
public final class Decimals {
    private Decimals() {
    }

    @Nullable
    public static BigDecimal shown(@Nullable BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public static List<BigDecimal> shown(List<BigDecimal> values) {
        return values.stream().map(Decimals::shown).toList();
    }
}
