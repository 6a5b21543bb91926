package io.tradewire.bot.intake;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.nlp.Signal;
import io.tradewire.trading.signal.StoredSignal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an edited post asks of the trades its original opened. Only what the engine can act on
 * becomes a follow-up: a changed stop (as "move SL to ..."), or an edit that now reads as a
 * follow-up itself ("cancelled", "close half"). A post that held no trade and now does is read
 * as a new post. A changed symbol or side is never acted on (the copies could be the wrong
 * trade either way), nor are changed entries or targets (orders went at market); the outcome
 * says so, so the subscriber can act.
 *
 * @param followUp text for the pipeline, as a reply to the original; null when nothing is done
 */
record EditPlan(@Nullable String followUp, String outcome) {

    static EditPlan of(@Nullable StoredSignal original, List<Signal> edited, String editedText) {
        Signal.Open open = first(edited, Signal.Open.class);
        Signal.Update update = first(edited, Signal.Update.class);
        if (original == null) {
            return open != null || update != null
                    ? new EditPlan(editedText, "the post now holds a signal: read as a new post")
                    : new EditPlan(null, "no signal before or after the edit");
        }
        if (open != null) {
            return amend(original, open);
        }
        if (update != null) {
            return new EditPlan(editedText, "the edit reads as a follow-up (" + update.action().wire()
                    + "): applied to the original's trades");
        }
        return new EditPlan(null, "the edit holds no signal; the original's trades are kept");
    }

    private static EditPlan amend(StoredSignal original, Signal.Open edited) {
        if (!edited.symbol().equals(original.symbol()) || edited.side() != original.side()) {
            return new EditPlan(null, "the edit changes the symbol or side (" + original.symbol() + " "
                    + original.side().wire() + " -> " + edited.symbol() + " " + edited.side().wire()
                    + "): not applied; close the original's trades with a follow-up if they are wrong");
        }
        List<String> notApplied = new ArrayList<>();
        if (!same(original.entry(), edited.entry()) || !same(original.entryLow(), edited.entryLow())
                || !same(original.entryHigh(), edited.entryHigh())) {
            notApplied.add("entry");
        }
        if (!sameList(original.takeProfits(), edited.takeProfits())) {
            notApplied.add("targets");
        }
        if (!Objects.equals(original.leverage(), edited.leverage())) {
            notApplied.add("leverage");
        }
        String rest = notApplied.isEmpty() ? "" : "; changed " + String.join(", ", notApplied)
                + " not applied (the orders are already placed)";
        if (edited.stopLoss() != null && !same(original.stopLoss(), edited.stopLoss())) {
            return new EditPlan("move SL to " + edited.stopLoss().toPlainString(),
                    "stop moved to " + edited.stopLoss().toPlainString() + rest);
        }
        return new EditPlan(null, notApplied.isEmpty() ? "no change to the trade" : rest.substring(2));
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean sameList(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static <T extends Signal> T first(List<Signal> signals, Class<T> type) {
        return signals.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
