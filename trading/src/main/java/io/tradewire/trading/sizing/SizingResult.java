package io.tradewire.trading.sizing;

import java.math.BigDecimal;

/** A size before the venue's rounding, or why none can be given. */
public sealed interface SizingResult permits SizingResult.Sized, SizingResult.Refused {
    record Sized(BigDecimal quantity, String explanation) implements SizingResult {
    }

    record Refused(String reason) implements SizingResult {
    }
}
