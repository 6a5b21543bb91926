package io.tradewire.trading.pipeline;

import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.signal.StoredSignal;

import java.util.List;

/** What became of a submitted message. */
public sealed interface PipelineResult {

    /**
     * Parsed and decided: every signal of the post in order (at least one), the decisions and
     * orders of all of them; {@code duplicate} when the same message had been submitted before.
     */
    record Processed(List<StoredSignal> signals, List<Decision> decisions, List<Order> orders, boolean duplicate)
            implements PipelineResult {
        /** The post's first signal, the one most posts hold. */
        public StoredSignal signal() {
            return signals.get(0);
        }
    }

    /** Stored, but no provider is registered for its channel; {@code reason} says so. */
    record Unrouted(Long inboxId, String reason, boolean duplicate) implements PipelineResult {
    }
}
