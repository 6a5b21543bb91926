package io.tradewire.trading.stats;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Which trades a record covers: those closed from the start of UTC day {@code from} to the end of
 * UTC day {@code to}, each bound optional. Trades before {@code from} still count towards the
 * starting equity, so a window's drawdown and returns are measured on the equity it began with.
 */
public record StatsWindow(@Nullable LocalDate from, @Nullable LocalDate to) {
    public static final StatsWindow ALL = new StatsWindow(null, null);

    /** Reads {@code from} and {@code to} as ISO dates ({@code 2024-05-01}); both may be absent. */
    public static StatsWindow parse(@Nullable String from, @Nullable String to) {
        StatsWindow w = new StatsWindow(date("from", from), date("to", to));
        if (w.from != null && w.to != null && w.to.isBefore(w.from)) {
            throw new InvalidInputException("to", "to (" + w.to + ") must not be before from (" + w.from + ")");
        }
        return w;
    }

    boolean isBefore(Trade t) {
        return from != null && t.closedAt().isBefore(start(from));
    }

    boolean contains(Trade t) {
        return !isBefore(t) && (to == null || t.closedAt().isBefore(start(to.plusDays(1))));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Nullable
    private static LocalDate date(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a UTC date like 2024-05-01, got '" + value + "'");
        }
    }
}
