package io.tradewire.trading.venue.mt5;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The start-up check of {@link Mt5Config}: every refusal names the setting and the value (never
 * the value of a secret key).
 */
public final class Mt5ConfigCheck {
    private static final Pattern Z85 = Pattern.compile("[0-9a-zA-Z.\\-:+=^!/*?&<>()\\[\\]{}@%$#]{40}");
    private static final Pattern ENDPOINT = Pattern.compile("tcp://[^:]+:(\\d{1,5}|\\*)");

    private Mt5ConfigCheck() {
    }

    /** Throws {@link IllegalArgumentException} for the first wrong setting. */
    public static void check(Mt5Config c, Duration venueTimeout) {
        if (!ENDPOINT.matcher(c.getBind()).matches()) {
            throw new IllegalArgumentException("tradewire.mt5.bind must look like tcp://HOST:PORT (or tcp://HOST:* for"
                    + " any free port), got '" + c.getBind() + "'");
        }
        positive("heartbeat-interval", c.getHeartbeatInterval());
        positive("stale-after", c.getStaleAfter());
        positive("request-ttl", c.getRequestTtl());
        positive("resend-after", c.getResendAfter());
        positive("held-retry", c.getHeldRetry());
        if (c.getStaleAfter().compareTo(c.getHeartbeatInterval()) <= 0) {
            throw new IllegalArgumentException("tradewire.mt5.stale-after (" + c.getStaleAfter()
                    + ") must be longer than heartbeat-interval (" + c.getHeartbeatInterval() + ")");
        }
        if (c.getDownAfter().compareTo(c.getStaleAfter()) <= 0) {
            throw new IllegalArgumentException("tradewire.mt5.down-after (" + c.getDownAfter()
                    + ") must be longer than stale-after (" + c.getStaleAfter() + ")");
        }
        // a request must be dead before the engine's deadline passes, so the reconcile that follows
        // a timeout can never race an open still on its way to the terminal
        if (c.getRequestTtl().compareTo(venueTimeout) >= 0) {
            throw new IllegalArgumentException("tradewire.mt5.request-ttl (" + c.getRequestTtl()
                    + ") must be shorter than tradewire.execution.venue-timeout (" + venueTimeout + ")");
        }
        boolean secret = c.getCurveSecretKey() != null && !c.getCurveSecretKey().isBlank();
        boolean pub = c.getCurvePublicKey() != null && !c.getCurvePublicKey().isBlank();
        if (secret != pub) {
            throw new IllegalArgumentException("tradewire.mt5.curve-secret-key and curve-public-key go together: set"
                    + " both to encrypt the socket, or neither");
        }
        if (secret && !Z85.matcher(c.getCurveSecretKey()).matches()) {
            throw new IllegalArgumentException("tradewire.mt5.curve-secret-key must be 40 Z85 characters (its value"
                    + " is not shown)");
        }
        if (pub && !Z85.matcher(c.getCurvePublicKey()).matches()) {
            throw new IllegalArgumentException("tradewire.mt5.curve-public-key must be 40 Z85 characters, got '"
                    + c.getCurvePublicKey() + "'");
        }
    }

    /** True when CURVE keys are configured. */
    public static boolean curve(Mt5Config c) {
        return c.getCurveSecretKey() != null && !c.getCurveSecretKey().isBlank();
    }

    private static void positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("tradewire.mt5." + name + " must be above zero, got " + d);
        }
    }
}
