package io.tradewire.trading.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency key of an order: a hash of (signal, follow, leg), so a retried or replayed
 * decision produces the same id and a venue can refuse the second copy. 32 characters fit
 * every venue's client-id field.
 */
public final class ClientOrderIds {
    private ClientOrderIds() {
    }

    public static String of(long signalId, long followId, String leg) {
        return hash(signalId + ":" + followId + ":" + leg);
    }

    /** The close of a position by an emergency stop, for the position as it stood (its last update). */
    public static String emergencyClose(long positionId, java.time.Instant positionUpdatedAt) {
        return hash("emergency:" + positionId + ":" + positionUpdatedAt);
    }

    /** A subscriber's own close of a position (/close), for the position as it stood (its last update). */
    public static String manualClose(long positionId, java.time.Instant positionUpdatedAt) {
        return hash("manual:" + positionId + ":" + positionUpdatedAt);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
            return "tw" + HexFormat.of().formatHex(digest, 0, 15);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
