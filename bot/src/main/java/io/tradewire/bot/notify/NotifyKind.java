package io.tradewire.bot.notify;

import io.tradewire.bot.command.CommandException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of notice a subscriber can turn on, make silent or turn off with /notify. */
public enum NotifyKind {
    /** an order placed (resting on the venue) or filled: symbol, side, size, price */
    ORDERS("orders placed and filled"),
    /** a copy refused by a rule or an order refused by the venue, with the reason */
    REFUSALS("copies and orders refused, with the reason"),
    /** a stop or target hit */
    EXITS("stops and targets hit"),
    /** a position reduced or closed, with its P&L */
    CLOSES("positions closed, with P&L"),
    /** an account's venue down (the account disabled) or back */
    VENUE("venue down or back");

    private final String description;

    NotifyKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NotifyKind parse(String text) {
        for (NotifyKind k : values()) {
            if (k.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return k;
            }
        }
        throw new CommandException("kind", "kind must be one of " + Arrays.stream(values()).map(NotifyKind::wire)
                .collect(Collectors.joining(", ")) + " or all, got '" + text + "'");
    }
}
