package io.tradewire.bot.command;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.NotFoundException;

import java.util.function.Supplier;

/** Turns the engine's refusals of bad input into the facade's one exception, message kept. */
final class Guard {
    private Guard() {
    }

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw new CommandException(e.field(), e.getMessage());
        } catch (NotFoundException e) {
            throw new CommandException(e.field() == null ? "argument" : e.field(), e.getMessage());
        }
    }
}
