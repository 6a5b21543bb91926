package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;

/** Turns money into a quantity for one sizing mode. Unrounded: the venue rounds. */
public interface Sizer {
    SizingMode mode();

    SizingResult size(SizingInput input);
}
