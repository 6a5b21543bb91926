package io.tradewire.trading.venue.mt5.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Link tokens: 32 random bytes (256 bits) as {@code twl_} + base64url. Only their SHA-256 is
 * stored; a fast hash is enough because the token is random, not a password someone chose.
 */
public final class LinkTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PREFIX = "twl_";

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
