package io.tradewire.trading.follow;

import io.tradewire.trading.InvalidInputException;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A daily window for new entries, "HH:MM-HH:MM" in the subscriber's zone; "22:00-06:00" wraps midnight. */
public record TradingHours(LocalTime from, LocalTime to) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

    public TradingHours {
        if (from.equals(to)) {
            throw new InvalidInputException("trading_hours", "trading_hours must not start and end at the same time");
        }
    }

    public static TradingHours parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        try {
            if (m.matches()) {
                return new TradingHours(LocalTime.parse(m.group(1)), LocalTime.parse(m.group(2)));
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new InvalidInputException("trading_hours",
                "trading_hours must look like 08:00-20:00 (24-hour, may wrap midnight), got '" + text + "'");
    }

    public boolean contains(LocalTime t) {
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
