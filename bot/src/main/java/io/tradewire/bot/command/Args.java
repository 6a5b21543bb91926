package io.tradewire.bot.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the words of a typed command into typed arguments, for every chat front end; each
 * failure is a {@link CommandException} naming the argument and what was expected.
 */
public final class Args {
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,20}");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_-]{1,32}");

    private Args() {
    }

    /** A symbol as users write it ("BTC/USDT", "btcusdt") in the engine's form ("BTCUSDT"). */
    public static String symbol(String text) {
        String s = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace("/", "").replace("-", "");
        if (!SYMBOL.matcher(s).matches()) {
            throw new CommandException("symbol", "symbol must be 2 to 20 letters or digits like BTCUSDT or BTC/USDT,"
                    + " got '" + text + "'");
        }
        return s;
    }

    /** An account label: lower-case letters, digits, _ or -, at most 32. */
    public static String label(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (!LABEL.matcher(s).matches()) {
            throw new CommandException("account", "an account label is 1 to 32 letters, digits, _ or -, got '"
                    + text + "'");
        }
        return s;
    }

    /** A number above 0 (a balance, an amount). */
    public static BigDecimal positive(String field, String text) {
        BigDecimal value = decimal(field, text);
        if (value.signum() <= 0) {
            throw new CommandException(field, field + " must be above 0, got " + text);
        }
        return value;
    }

    public static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new CommandException(field, field + " must be a number, got '" + text + "'");
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int whole(String field, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new CommandException(field, field + " must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new CommandException(field, field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** An id like {@code 42} or {@code #42}. */
    public static long id(String field, String text) {
        String t = text == null ? "" : text.trim();
        t = t.startsWith("#") ? t.substring(1) : t;
        if (!t.matches("\\d{1,18}")) {
            throw new CommandException(field, field + " must be a number like 42, got '" + text + "'");
        }
        return Long.parseLong(t);
    }

    /** Refuses words a command does not take. */
    public static void none(String command, List<String> words) {
        if (!words.isEmpty()) {
            throw new CommandException("arguments", "/" + command + " takes no arguments, got '"
                    + String.join(" ", words) + "'");
        }
    }

    /** Refuses more words than a command takes, with its usage. */
    public static void atMost(String command, List<String> words, int max, String usage) {
        if (words.size() > max) {
            throw new CommandException("arguments", "too many arguments: usage /" + command + " " + usage);
        }
    }
}
