package io.tradewire.trading.venue.mt5.protocol;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A reply's status. {@code ok} answers a request that trades nothing (hello, ping, info, lists,
 * a cancel done); the others are the trade outcomes of the protocol.
 */
public enum Status {
    OK, FILLED, PLACED, PARTIAL, REJECTED, DUPLICATE, EXPIRED, NOT_FOUND, UNKNOWN;

    public String wire() {
        return name().toLowerCase();
    }

    public static Status fromWire(String s) {
        for (Status st : values()) {
            if (st.wire().equals(s)) {
                return st;
            }
        }
        throw new FrameException("body.status '" + s + "' is not a status; the statuses are "
                + Arrays.stream(values()).map(Status::wire).collect(Collectors.joining(", ")));
    }
}
