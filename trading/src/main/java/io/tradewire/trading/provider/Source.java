package io.tradewire.trading.provider;

import io.tradewire.trading.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where signals come from. */
public enum Source {
    DISCORD, TELEGRAM, TRADINGVIEW, REST, REPLAY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source parse(String text) {
        if (text != null) {
            for (Source s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        throw new InvalidInputException("source", "source must be one of "
                + Arrays.stream(values()).map(Source::wire).collect(Collectors.joining(", "))
                + ", got '" + text + "'");
    }
}
