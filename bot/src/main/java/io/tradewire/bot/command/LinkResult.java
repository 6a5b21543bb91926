package io.tradewire.bot.command;

/** What became of a /link. */
public sealed interface LinkResult {

    /** The account exists and trades from now on. */
    record Linked(Views.AccountLine account) implements LinkResult {
    }

    /** An MT5 terminal to connect: the Expert Advisor takes this token. */
    record Mt5Token(String label, String token, String instructions) implements LinkResult {
    }

    /** This kind of account cannot be linked here yet; nothing was stored. */
    record Unavailable(String message) implements LinkResult {
    }
}
