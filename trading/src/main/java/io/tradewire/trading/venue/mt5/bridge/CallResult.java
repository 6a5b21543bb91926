package io.tradewire.trading.venue.mt5.bridge;

import io.tradewire.trading.venue.mt5.protocol.Frame;

/** How a request to a terminal ended. */
public sealed interface CallResult {
    /** The terminal answered (any status, including rejected and expired). */
    record Answered(Frame reply) implements CallResult {
    }

    /** Nothing was sent: the terminal is not linked, stale, down, or may not trade. */
    record Offline(String reason) implements CallResult {
    }

    /** Sent (perhaps several times, under one id) but no reply came before the request expired. */
    record NoAnswer(String reason) implements CallResult {
    }
}
