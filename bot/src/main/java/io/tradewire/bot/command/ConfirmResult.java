package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;

/** What a press on a confirmation button came to. */
public sealed interface ConfirmResult {

    /** Confirmed and done. */
    record Done(ConfirmAction action, @Nullable String symbol, Views.CloseReport report) implements ConfirmResult {
    }

    /** The asker said no; nothing was done. */
    record Cancelled(ConfirmAction action) implements ConfirmResult {
    }

    /** The button is used or expired; nothing was done. */
    record Stale(String message) implements ConfirmResult {
    }

    /** Someone other than the asker pressed; nothing was done and the button still waits. */
    record NotYours(String message) implements ConfirmResult {
    }
}
