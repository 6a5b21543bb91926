package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.InvalidInputException;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filters of a follow: how old a post may be when it is copied, which symbols it may trade
 * (an empty allow list allows all; both kept sorted), how many trades a day, and the smallest and
 * largest position as a percent of the balance. Validated on creation.
 */
public record Limits(@Nullable Integer maxSignalAgeSeconds, Set<String> allowedSymbols, Set<String> deniedSymbols,
                     @Nullable Integer maxTradesPerDay, @Nullable BigDecimal minPositionPct,
                     @Nullable BigDecimal maxPositionPct, @Nullable TradingHours tradingHours,
                     @Nullable DailyLossLimit dailyLossLimit, @Nullable BigDecimal maxDrawdownPct) {
    public static final Limits NONE = new Limits(null, Set.of(), Set.of(), null);

    public Limits(Integer maxSignalAgeSeconds, Set<String> allowedSymbols, Set<String> deniedSymbols,
                  Integer maxTradesPerDay) {
        this(maxSignalAgeSeconds, allowedSymbols, deniedSymbols, maxTradesPerDay, null, null, null, null, null);
    }

    public Limits(Integer maxSignalAgeSeconds, Set<String> allowedSymbols, Set<String> deniedSymbols,
                  Integer maxTradesPerDay, BigDecimal minPositionPct, BigDecimal maxPositionPct) {
        this(maxSignalAgeSeconds, allowedSymbols, deniedSymbols, maxTradesPerDay, minPositionPct, maxPositionPct, null,
                null, null);
    }

    public Limits {
        if (maxDrawdownPct != null && (maxDrawdownPct.signum() <= 0 || maxDrawdownPct.compareTo(HUNDRED) >= 0)) {
            throw new InvalidInputException("max_drawdown_pct",
                    "max_drawdown_pct must be in (0, 100), got " + maxDrawdownPct.toPlainString());
        }
        if (minPositionPct != null && (minPositionPct.signum() <= 0 || minPositionPct.compareTo(HUNDRED) > 0)) {
            throw new InvalidInputException("min_position_pct",
                    "min_position_pct must be in (0, 100], got " + minPositionPct.toPlainString());
        }
        if (maxPositionPct != null && (maxPositionPct.signum() <= 0 || maxPositionPct.compareTo(THOUSAND) > 0)) {
            throw new InvalidInputException("max_position_pct",
                    "max_position_pct must be in (0, 1000] (above 100 only with leverage), got "
                            + maxPositionPct.toPlainString());
        }
        if (minPositionPct != null && maxPositionPct != null && minPositionPct.compareTo(maxPositionPct) > 0) {
            throw new InvalidInputException("min_position_pct", "min_position_pct "
                    + minPositionPct.toPlainString() + " is above max_position_pct " + maxPositionPct.toPlainString());
        }
        if (maxSignalAgeSeconds != null && (maxSignalAgeSeconds < 1 || maxSignalAgeSeconds > 86_400)) {
            throw new InvalidInputException("max_signal_age_seconds",
                    "max_signal_age_seconds must be between 1 and 86400, got " + maxSignalAgeSeconds);
        }
        if (maxTradesPerDay != null && (maxTradesPerDay < 1 || maxTradesPerDay > 1000)) {
            throw new InvalidInputException("max_trades_per_day",
                    "max_trades_per_day must be between 1 and 1000, got " + maxTradesPerDay);
        }
        allowedSymbols = normalise("allowed_symbols", allowedSymbols);
        deniedSymbols = normalise("denied_symbols", deniedSymbols);
        for (String s : allowedSymbols) {
            if (deniedSymbols.contains(s)) {
                throw new InvalidInputException("denied_symbols", s + " is both allowed and denied");
            }
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private static Set<String> normalise(String field, Set<String> symbols) {
        java.util.SortedSet<String> out = new TreeSet<>();
        if (symbols != null) {
            for (String s : symbols) {
                String up = s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
                if (!up.matches("[A-Z0-9]{2,20}")) {
                    throw new InvalidInputException(field, field + " holds '" + s
                            + "'; symbols are 2 to 20 letters or digits, like BTCUSDT");
                }
                out.add(up);
            }
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /** Space-separated, as stored. */
    static String join(Set<String> symbols) {
        return String.join(" ", new TreeSet<>(symbols));
    }

    static Set<String> split(String stored) {
        return stored == null || stored.isBlank() ? Set.of() : Set.of(stored.trim().split(" +"));
    }
}
