package io.tradewire.trading.pipeline;

import io.tradewire.trading.decision.Decision;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.signal.StoredSignal;

import java.util.List;

/** What became of a submitted message. */
public sealed interface PipelineResult {

    /** Parsed and decided; {@code duplicate} when the same message had been submitted before. */
    record Processed(StoredSignal signal, List<Decision> decisions, List<Order> orders, boolean duplicate)
            implements PipelineResult {
    }

    /** Stored, but no provider is registered for its channel; {@code reason} says so. */
    record Unrouted(Long inboxId, String reason, boolean duplicate) implements PipelineResult {
    }
}
