package io.tradewire.trading.venue.mt5.protocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Frames to and from their UTF-8 JSON text. Decoding checks the envelope (version, kind, id,
 * op, timestamps) and refuses with a {@link FrameException} naming the field; the body is read
 * later, field by field, with {@link Fields}.
 */
public final class FrameCodec {
    /** Request ids are echoed back and kept by the EA; a bound keeps its memory file small. */
    public static final int MAX_ID_LENGTH = 64;

    private FrameCodec() {
    }

    public static String encode(Frame f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", f.version());
        m.put("kind", f.kind().wire());
        m.put("id", f.id());
        m.put("op", f.op().wire());
        m.put("ts", f.ts().toString());
        if (f.expires() != null) {
            m.put("expires", f.expires().toString());
        }
        m.put("body", f.body());
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    public static Frame decode(String text) {
        if (!(Json.parse(text) instanceof Map<?, ?> raw)) {
            throw new FrameException("a frame must be a JSON object");
        }
        Fields top = new Fields("frame", (Map<String, Object>) raw);
        int version = top.integer("v");
        if (version != Frame.VERSION) {
            throw new FrameException("frame.v " + version + " is not supported; this side speaks version "
                    + Frame.VERSION);
        }
        Kind kind = kind(top.text("kind"));
        String id = top.text("id");
        if (id.length() > MAX_ID_LENGTH) {
            throw new FrameException("frame.id is " + id.length() + " characters; at most " + MAX_ID_LENGTH);
        }
        Op op = Op.fromWire(top.text("op"));
        Instant ts = instant(top, "ts");
        Instant expires = top.has("expires") ? instant(top, "expires") : null;
        if (kind == Kind.REQUEST && expires == null) {
            throw new FrameException("frame.expires is required on a request, so it can never run late");
        }
        Object body = raw.get("body");
        if (!(body instanceof Map<?, ?> b)) {
            throw new FrameException("frame.body must be an object, got " + (body == null ? "nothing" : body));
        }
        return new Frame(version, kind, id, op, ts, expires, (Map<String, Object>) b);
    }

    private static Kind kind(String s) {
        for (Kind k : Kind.values()) {
            if (k.wire().equals(s)) {
                return k;
            }
        }
        throw new FrameException("frame.kind must be request, reply or event, got '" + s + "'");
    }

    private static Instant instant(Fields top, String name) {
        String s = top.text(name);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new FrameException("frame." + name + " must be an ISO-8601 UTC time such as "
                    + "2026-11-23T20:48:15.123Z, got '" + s + "'");
        }
    }
}
