package io.tradewire.bot.command;

/** A destructive command that waits for its asker's press. */
public enum ConfirmAction {
    /** close one symbol's positions, or all, at market; copying goes on */
    CLOSE,
    /** the emergency stop: pause copying, cancel pending orders, close every position */
    PANIC
}
