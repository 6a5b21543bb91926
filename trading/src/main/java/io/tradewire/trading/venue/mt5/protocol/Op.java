package io.tradewire.trading.venue.mt5.protocol;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operations of docs/mt5-bridge.md; {@link #wire()} is the name on the wire. */
public enum Op {
    /** EA to Tradewire: the link token and the terminal's account; the first frame on a connection. */
    HELLO,
    /** EA to Tradewire, an event every second: connection, trading permission, account state. */
    HEARTBEAT,
    PING, ACCOUNT_INFO, SYMBOL_INFO, OPEN, MODIFY, CLOSE, CANCEL, POSITIONS, ORDERS, HISTORY, RECONCILE;

    public String wire() {
        return name().toLowerCase();
    }

    /** Ops that change the account: the EA must never run one after its expiry. */
    public boolean trades() {
        return this == OPEN || this == MODIFY || this == CLOSE || this == CANCEL;
    }

    public static Op fromWire(String s) {
        for (Op op : values()) {
            if (op.wire().equals(s)) {
                return op;
            }
        }
        throw new FrameException("unknown op '" + s + "'; the ops are "
                + Arrays.stream(values()).map(Op::wire).collect(Collectors.joining(", ")));
    }
}
