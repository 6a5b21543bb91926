package io.tradewire.bot.command;

import java.util.Locale;

/** The span /pnl reports on, in UTC days: today, the last 7 days, the last 30 days, or all. */
public enum PnlPeriod {
    TODAY(1), WEEK(7), MONTH(30), ALL(0);

    private final int days;

    PnlPeriod(int days) {
        this.days = days;
    }

    /** Days counted back from today, today included; 0 for all. */
    public int days() {
        return days;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PnlPeriod parse(String text) {
        for (PnlPeriod p : values()) {
            if (p.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new CommandException("period", "period must be today, week, month or all, got '" + text + "'");
    }
}
