package io.tradewire.bot.command;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.DailyLossLimit;
import io.tradewire.trading.follow.Limits;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.follow.TradingHours;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code key=value} words of /risk, read into the engine's {@link CopySettings} and
 * {@link Limits} (which validate them; their messages come back under the key the user typed).
 * {@code off} clears an optional setting. A new copy setting is one more {@link Key}.
 */
public final class RiskSettings {
    /** What a follow starts with before any /risk: 1% of equity at risk per trade, no other limit. */
    public static final CopySettings BASE = new CopySettings(SizingMode.RISK_PERCENT, BigDecimal.ONE, null, false, null);

    /** Every setting /risk knows, in the order it shows them. */
    public enum Key {
        RISK_PCT("percent of equity lost if the stop is hit (0-10]"),
        EQUITY_PCT("position size as a percent of equity (0-100]"),
        FIXED("position size as a fixed amount of the quote currency"),
        KELLY("fraction (0-1] of the Kelly stake from the provider's record"),
        MAX_LEVERAGE("highest leverage, 1-125"),
        REQUIRE_SL("copy only signals with a stop loss: yes or no"),
        MAX_OPEN("most open positions at once, 1-1000"),
        MAX_AGE("oldest post to copy, in seconds, 1-86400"),
        ALLOW("only these symbols, comma-separated"),
        DENY("never these symbols, comma-separated"),
        MAX_TRADES_DAY("most new trades a day, 1-1000"),
        MIN_SIZE_PCT("smallest position, percent of the balance"),
        MAX_SIZE_PCT("largest position, percent of the balance"),
        HOURS("daily window for new trades, like 08:00-20:00"),
        DAILY_LOSS("stop for the day after losing this: 5% or an amount like 200"),
        MAX_DRAWDOWN("stop after falling this percent below the balance's peak");

        private final String help;

        Key(String help) {
            this.help = help;
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String help() {
            return help;
        }

        static Key parse(String text) {
            for (Key k : values()) {
                if (k.wire().equals(text.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new CommandException("risk", "unknown setting '" + text + "'; settings are "
                    + String.join(", ", Arrays.stream(values()).map(Key::wire).toList()));
        }
    }

    private RiskSettings() {
    }

    /** Reads words like {@code risk_pct=1}; a key given twice or a word without = is refused. */
    public static Map<Key, String> pairs(List<String> words) {
        Map<Key, String> out = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0 || eq == word.length() - 1) {
                throw new CommandException("risk", "'" + word + "' is not key=value, e.g. /risk risk_pct=1 max_open=3");
            }
            Key key = Key.parse(word.substring(0, eq).trim());
            if (out.put(key, word.substring(eq + 1).trim()) != null) {
                throw new CommandException(key.wire(), key.wire() + " is given twice");
            }
        }
        long sizings = out.keySet().stream().filter(RiskSettings::isSizing).count();
        if (sizings > 1) {
            throw new CommandException("risk", "choose one sizing: risk_pct, equity_pct, fixed or kelly");
        }
        return out;
    }

    /** The settings with the pairs applied, validated by the engine's own rules. */
    public static CopySettings apply(CopySettings base, Map<Key, String> pairs) {
        Draft d = new Draft(base);
        try {
            for (Map.Entry<Key, String> e : pairs.entrySet()) {
                d.set(e.getKey(), e.getValue());
            }
            return d.build();
        } catch (InvalidInputException e) {
            throw new CommandException(e.field(), inUserTerms(e.getMessage(), d.mode));
        }
    }

    /** The settings as /risk shows them (and takes them back): only what is set. */
    public static Map<String, String> describe(CopySettings s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(sizingKey(s.sizingMode()).wire(), plain(s.sizingValue()));
        Limits l = s.limits();
        put(out, Key.MAX_LEVERAGE, s.maxLeverage());
        if (s.requireStopLoss()) {
            out.put(Key.REQUIRE_SL.wire(), "yes");
        }
        put(out, Key.MAX_OPEN, s.maxOpenPositions());
        put(out, Key.MAX_AGE, l.maxSignalAgeSeconds());
        if (!l.allowedSymbols().isEmpty()) {
            out.put(Key.ALLOW.wire(), String.join(",", l.allowedSymbols()));
        }
        if (!l.deniedSymbols().isEmpty()) {
            out.put(Key.DENY.wire(), String.join(",", l.deniedSymbols()));
        }
        put(out, Key.MAX_TRADES_DAY, l.maxTradesPerDay());
        put(out, Key.MIN_SIZE_PCT, l.minPositionPct() == null ? null : plain(l.minPositionPct()));
        put(out, Key.MAX_SIZE_PCT, l.maxPositionPct() == null ? null : plain(l.maxPositionPct()));
        put(out, Key.HOURS, l.tradingHours());
        put(out, Key.DAILY_LOSS, l.dailyLossLimit());
        put(out, Key.MAX_DRAWDOWN, l.maxDrawdownPct() == null ? null : plain(l.maxDrawdownPct()));
        return out;
    }

    /** The pairs as the audit log records them. */
    static String store(Map<Key, String> pairs) {
        StringBuilder b = new StringBuilder();
        pairs.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k.wire()).append('=').append(v));
        return b.toString();
    }

    private static boolean isSizing(Key k) {
        return k == Key.RISK_PCT || k == Key.EQUITY_PCT || k == Key.FIXED || k == Key.KELLY;
    }

    private static Key sizingKey(SizingMode mode) {
        return switch (mode) {
            case RISK_PERCENT -> Key.RISK_PCT;
            case EQUITY_PERCENT -> Key.EQUITY_PCT;
            case FIXED_QUOTE -> Key.FIXED;
            case KELLY -> Key.KELLY;
        };
    }

    /** The engine names its fields (max_open_positions); the user typed keys (max_open). */
    private static String inUserTerms(String message, SizingMode mode) {
        String m = message;
        for (SizingMode each : SizingMode.values()) {
            m = m.replace("sizing_value for " + each.wire(), sizingKey(each).wire());
        }
        return m.replace("max_open_positions", "max_open").replace("max_signal_age_seconds", "max_age")
                .replace("allowed_symbols", "allow").replace("denied_symbols", "deny")
                .replace("max_trades_per_day", "max_trades_day").replace("min_position_pct", "min_size_pct")
                .replace("max_position_pct", "max_size_pct").replace("trading_hours", "hours")
                .replace("daily_loss_limit", "daily_loss").replace("max_drawdown_pct", "max_drawdown")
                .replace("sizing_value", sizingKey(mode).wire());
    }

    private static void put(Map<String, String> out, Key key, Object value) {
        if (value != null) {
            out.put(key.wire(), value.toString());
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** The settings being edited, field by field. */
    private static final class Draft {
        SizingMode mode;
        BigDecimal value;
        Integer maxLeverage;
        boolean requireSl;
        Integer maxOpen;
        Integer maxAge;
        Set<String> allow;
        Set<String> deny;
        Integer maxTrades;
        BigDecimal minPct;
        BigDecimal maxPct;
        TradingHours hours;
        DailyLossLimit dailyLoss;
        BigDecimal maxDrawdown;

        Draft(CopySettings s) {
            Limits l = s.limits();
            mode = s.sizingMode();
            value = s.sizingValue();
            maxLeverage = s.maxLeverage();
            requireSl = s.requireStopLoss();
            maxOpen = s.maxOpenPositions();
            maxAge = l.maxSignalAgeSeconds();
            allow = l.allowedSymbols();
            deny = l.deniedSymbols();
            maxTrades = l.maxTradesPerDay();
            minPct = l.minPositionPct();
            maxPct = l.maxPositionPct();
            hours = l.tradingHours();
            dailyLoss = l.dailyLossLimit();
            maxDrawdown = l.maxDrawdownPct();
        }

        void set(Key key, String raw) {
            boolean off = raw.equalsIgnoreCase("off") || raw.equalsIgnoreCase("none");
            String f = key.wire();
            switch (key) {
                case RISK_PCT -> sizing(SizingMode.RISK_PERCENT, Args.decimal(f, percent(raw)));
                case EQUITY_PCT -> sizing(SizingMode.EQUITY_PERCENT, Args.decimal(f, percent(raw)));
                case FIXED -> sizing(SizingMode.FIXED_QUOTE, Args.decimal(f, raw));
                case KELLY -> sizing(SizingMode.KELLY, Args.decimal(f, raw));
                case MAX_LEVERAGE -> maxLeverage = off ? null : Args.whole(f, raw.replace("x", ""), 1, 125);
                case REQUIRE_SL -> requireSl = yesNo(f, raw);
                case MAX_OPEN -> maxOpen = off ? null : Args.whole(f, raw, 1, 1000);
                case MAX_AGE -> maxAge = off ? null : Args.whole(f, raw.endsWith("s") ? raw.substring(0,
                        raw.length() - 1) : raw, 1, 86_400);
                case ALLOW -> allow = off ? Set.of() : symbols(raw);
                case DENY -> deny = off ? Set.of() : symbols(raw);
                case MAX_TRADES_DAY -> maxTrades = off ? null : Args.whole(f, raw, 1, 1000);
                case MIN_SIZE_PCT -> minPct = off ? null : Args.decimal(f, percent(raw));
                case MAX_SIZE_PCT -> maxPct = off ? null : Args.decimal(f, percent(raw));
                case HOURS -> hours = off ? null : TradingHours.parse(raw);
                case DAILY_LOSS -> dailyLoss = off ? null : DailyLossLimit.parse(raw);
                case MAX_DRAWDOWN -> maxDrawdown = off ? null : Args.decimal(f, percent(raw));
            }
        }

        private void sizing(SizingMode m, BigDecimal v) {
            mode = m;
            value = v;
        }

        CopySettings build() {
            return new CopySettings(mode, value, maxLeverage, requireSl, maxOpen, new Limits(maxAge, allow, deny,
                    maxTrades, minPct, maxPct, hours, dailyLoss, maxDrawdown));
        }

        private static String percent(String raw) {
            return raw.endsWith("%") ? raw.substring(0, raw.length() - 1) : raw;
        }

        private static boolean yesNo(String field, String raw) {
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "yes", "on", "true" -> true;
                case "no", "off", "false" -> false;
                default -> throw new CommandException(field, field + " must be yes or no, got '" + raw + "'");
            };
        }

        private static Set<String> symbols(String raw) {
            Set<String> out = new LinkedHashSet<>();
            for (String s : raw.split(",")) {
                out.add(Args.symbol(s));
            }
            return out;
        }
    }
}
