package io.tradewire.trading.venue.mt5.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How a client order id is written on an MT5 trade, so the EA can find it again: the magic
 * number is {@code 0x5457} ("TW") in the top 16 bits and 48 bits of SHA-256(client order id)
 * below, and the comment is the id itself, cut to MT5's 31 characters. The magic is the key the
 * EA matches (brokers may rewrite comments); the tag bits tell Tradewire's trades from others'.
 */
public record Stamp(String magic, String comment) {
    public static final long TAG = 0x5457L << 48;
    public static final int MAX_COMMENT = 31;

    public static Stamp of(String clientOrderId) {
        if (clientOrderId == null || clientOrderId.isBlank()) {
            throw new IllegalArgumentException("a client order id is required to stamp a trade");
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(clientOrderId.getBytes(StandardCharsets.UTF_8));
            long low48 = 0;
            for (int i = 0; i < 6; i++) {
                low48 = (low48 << 8) | (d[i] & 0xFF);
            }
            String comment = clientOrderId.length() > MAX_COMMENT ? clientOrderId.substring(0, MAX_COMMENT)
                    : clientOrderId;
            return new Stamp(Long.toUnsignedString(TAG | low48), comment);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True for a magic number Tradewire stamped. */
    public static boolean isOurs(String magic) {
        try {
            return (Long.parseUnsignedLong(magic) & 0xFFFF_0000_0000_0000L) == TAG;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
