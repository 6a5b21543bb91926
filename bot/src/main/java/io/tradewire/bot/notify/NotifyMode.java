package io.tradewire.bot.notify;

import io.tradewire.bot.command.CommandException;

import java.util.Locale;

/** How a kind of notice arrives: with a sound, silently, or not at all. */
public enum NotifyMode {
    ON, SILENT, OFF;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NotifyMode parse(String text) {
        for (NotifyMode m : values()) {
            if (m.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new CommandException("mode", "mode must be on, silent or off, got '" + text + "'");
    }
}
