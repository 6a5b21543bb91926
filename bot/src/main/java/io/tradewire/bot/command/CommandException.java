package io.tradewire.bot.command;

/**
 * A command that cannot be done as asked. The message is for the user: it names the argument
 * ({@code field}) and what is wrong with it, and nothing has been changed.
 */
public class CommandException extends RuntimeException {
    private final String field;

    public CommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
