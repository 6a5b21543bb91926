package io.tradewire.nlp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a message means for trading: a new trade ({@link Open}), an instruction about a trade
 * already posted ({@link Update}), or nothing to act on ({@link None}, with the reason).
 * Prices are exact decimals as written; nothing here is rounded.
 */
public sealed interface Signal permits Signal.Open, Signal.Update, Signal.None {

    /** The kind as the {@code parse} command and the database spell it. */
    String kind();

    /**
     * A new trade. {@code problem} is null unless validation flagged the numbers. {@code entry} is one price; a zone (or several entry prices) is
     * {@code entryLow}..{@code entryHigh} with {@code entry} null. No entry at all means
     * "at market" (CMP/now). {@code orderType} is null unless the text says it.
     */
    record Open(String symbol, Side side, OrderType orderType,
                BigDecimal entry, BigDecimal entryLow, BigDecimal entryHigh,
                BigDecimal stopLoss, List<BigDecimal> takeProfits, Integer leverage,
                List<Evidence> evidence, String problem) implements Signal {
        public Open {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(side, "side");
            takeProfits = takeProfits == null ? List.of() : List.copyOf(takeProfits);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        /** An open signal without evidence (built by hand, or read back from storage). */
        public Open(String symbol, Side side, OrderType orderType, BigDecimal entry, BigDecimal entryLow,
                    BigDecimal entryHigh, BigDecimal stopLoss, List<BigDecimal> takeProfits, Integer leverage) {
            this(symbol, side, orderType, entry, entryLow, entryHigh, stopLoss, takeProfits, leverage, List.of(), null);
        }

        /** An open signal as read, with the spans it was read from. */
        public Open(String symbol, Side side, OrderType orderType, BigDecimal entry, BigDecimal entryLow,
                    BigDecimal entryHigh, BigDecimal stopLoss, List<BigDecimal> takeProfits, Integer leverage,
                    List<Evidence> evidence) {
            this(symbol, side, orderType, entry, entryLow, entryHigh, stopLoss, takeProfits, leverage, evidence, null);
        }

        /**
         * The same reading, flagged: its numbers cannot make one sound trade (a stop on the wrong
         * side, a lost decimal point). The values stay as written so a user sees what was read;
         * the engine refuses to trade it and says why.
         */
        public Open withMoreEvidence(List<Evidence> more) {
            var all = new java.util.ArrayList<>(evidence);
            all.addAll(more);
            return new Open(symbol, side, orderType, entry, entryLow, entryHigh, stopLoss, takeProfits, leverage, all,
                    problem);
        }

        public Open flagged(String why) {
            return new Open(symbol, side, orderType, entry, entryLow, entryHigh, stopLoss, takeProfits, leverage,
                    evidence, why);
        }

        public boolean isFlagged() {
            return problem != null;
        }

        @Override
        public String kind() {
            return "open";
        }

        /** The one price this signal names: the entry, or the middle of its zone; null at market. */
        public BigDecimal referencePrice() {
            if (entry != null) {
                return entry;
            }
            if (entryLow != null && entryHigh != null) {
                return entryLow.add(entryHigh).divide(BigDecimal.TWO);
            }
            return entryLow != null ? entryLow : entryHigh;
        }
    }

    /**
     * A follow-up to an earlier signal. {@code fraction} is set for {@code CLOSE_PARTIAL}
     * (0..1), {@code newStop} for {@code MOVE_SL} (a price, or {@link NewStop#breakeven()}),
     * {@code tp} for {@code TP_HIT} (1-based). {@code symbol} is null when the text names none.
     */
    record Update(UpdateAction action, String symbol, BigDecimal fraction, NewStop newStop, Integer tp,
                  List<Evidence> evidence) implements Signal {
        public Update {
            Objects.requireNonNull(action, "action");
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        public Update(UpdateAction action, String symbol, BigDecimal fraction, NewStop newStop, Integer tp) {
            this(action, symbol, fraction, newStop, tp, List.of());
        }

        @Override
        public String kind() {
            return "update";
        }
    }

    /** Not a signal; {@code reason} says why, e.g. {@code not_a_signal}. */
    record None(String reason) implements Signal {
        public None {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String kind() {
            return "none";
        }
    }

    /** Where a moved stop goes: a price, or the position's entry (breakeven). */
    record NewStop(BigDecimal price, boolean breakeven) {
        public static NewStop at(BigDecimal price) {
            return new NewStop(Objects.requireNonNull(price), false);
        }

        public static NewStop toBreakeven() {
            return new NewStop(null, true);
        }
    }
}
