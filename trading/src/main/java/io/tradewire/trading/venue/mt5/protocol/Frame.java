package io.tradewire.trading.venue.mt5.protocol;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bridge message: a single UTF-8 JSON frame (docs/mt5-bridge.md, "Frames"). A reply carries
 * the id and op of its request; {@code expires} is required on requests, and the EA answers a
 * request it sees after that instant with {@code expired} instead of running it.
 */
public record Frame(int version, Kind kind, String id, Op op, Instant ts, @Nullable Instant expires,
                    Map<String, Object> body) {
    public static final int VERSION = 1;

    public Frame {
        body = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    public static Frame request(String id, Op op, Instant now, Instant expires, Map<String, Object> body) {
        return new Frame(VERSION, Kind.REQUEST, id, op, now, expires, body);
    }

    public static Frame event(String id, Op op, Instant now, Map<String, Object> body) {
        return new Frame(VERSION, Kind.EVENT, id, op, now, null, body);
    }

    /** The reply to this request: status, MT5 return code (0 when none), whether a retry can help. */
    public Frame reply(Instant now, Status status, int retcode, boolean retryable, String message,
                       Map<String, Object> fields) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", status.wire());
        b.put("retcode", retcode);
        b.put("retryable", retryable);
        b.put("message", message);
        b.putAll(fields);
        return new Frame(VERSION, Kind.REPLY, id, op, now, null, b);
    }

    public Fields fields() {
        return new Fields("body", body);
    }

    /** A reply's status; only for replies. */
    public Status status() {
        return Status.fromWire(fields().text("status"));
    }

    /** True when the request can no longer be run at {@code now}. */
    public boolean expiredAt(Instant now) {
        return expires != null && now.isAfter(expires);
    }
}
