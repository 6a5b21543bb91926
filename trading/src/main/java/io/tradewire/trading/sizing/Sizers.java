package io.tradewire.trading.sizing;

import io.tradewire.trading.follow.SizingMode;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Picks the sizer for a follow's mode. */
@Singleton
public class Sizers {
    private final Map<SizingMode, Sizer> byMode = new EnumMap<>(SizingMode.class);

    Sizers(List<Sizer> sizers) {
        sizers.forEach(s -> byMode.put(s.mode(), s));
    }

    public SizingResult size(SizingMode mode, SizingInput input) {
        return byMode.get(mode).size(input);
    }
}
