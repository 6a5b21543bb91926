package io.tradewire.trading.decision;

import io.tradewire.nlp.Side;
import io.tradewire.trading.order.OrderIntent;
import io.tradewire.trading.position.Position;

import java.math.BigDecimal;

/** What the engine decided for one follower, before it is stored and carried out. */
public sealed interface Verdict {
    String reason();

    Outcome outcome();

    /** One market order, its quantity already rounded to the venue's rules. */
    record PlaceOrder(String symbol, Side side, OrderIntent intent, BigDecimal quantity, BigDecimal referencePrice,
                      String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.ORDERED;
        }
    }

    record MoveStop(Position position, BigDecimal stop, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.APPLIED;
        }
    }

    record CancelPending(Long signalId, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.APPLIED;
        }
    }

    record Noted(String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.NOTED;
        }
    }

    record Refused(String rule, String reason) implements Verdict {
        public Outcome outcome() {
            return Outcome.REFUSED;
        }
    }
}
