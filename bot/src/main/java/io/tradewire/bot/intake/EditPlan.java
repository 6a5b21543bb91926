package io.tradewire.bot.intake;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.Signal;
import io.tradewire.trading.signal.StoredSignal;

import java.util.List;

/**
 * What an edited post asks of the trades its original opened. The same trade with new prices is
 * the engine's own edit ({@code PostEdits}: what has not filled moves, the stop and targets follow
 * the edit, what filled stays); an edit that now reads as a follow-up ("cancelled", "close half")
 * becomes one, as a reply to the post; a post that held no trade and now does is read as a new
 * post. A changed symbol or side is never acted on (the copies could be the wrong trade either
 * way); the outcome says so, so the subscriber can act.
 */
sealed interface EditPlan {
    String outcome();

    /** The same trade, edited: the engine amends every copy's plan. */
    record Amend(String outcome) implements EditPlan {
    }

    /** Text for the pipeline as a new post, or as a reply to the original when {@code reply}. */
    record Submit(String text, boolean reply, String outcome) implements EditPlan {
    }

    /** Nothing is done, and why. */
    record Nothing(String outcome) implements EditPlan {
    }

    static EditPlan of(@Nullable StoredSignal original, List<Signal> edited, String editedText) {
        Signal.Open open = first(edited, Signal.Open.class);
        Signal.Update update = first(edited, Signal.Update.class);
        if (original == null) {
            return open != null || update != null
                    ? new Submit(editedText, false, "the post now holds a signal: read as a new post")
                    : new Nothing("no signal before or after the edit");
        }
        if (open != null) {
            if (!open.symbol().equals(original.symbol()) || open.side() != original.side()) {
                return new Nothing("the edit changes the symbol or side (" + original.symbol() + " "
                        + original.side().wire() + " -> " + open.symbol() + " " + open.side().wire()
                        + "): not applied; close the original's trades with a follow-up if they are wrong");
            }
            return new Amend("the copies take the edited prices");
        }
        if (update != null) {
            return new Submit(editedText, true, "the edit reads as a follow-up (" + update.action().wire()
                    + "): applied to the original's trades");
        }
        return new Nothing("the edit holds no signal; the original's trades are kept");
    }

    private static <T extends Signal> T first(List<Signal> signals, Class<T> type) {
        return signals.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
