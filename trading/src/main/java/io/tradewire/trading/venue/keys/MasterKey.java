package io.tradewire.trading.venue.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The AES-256 key that seals every stored exchange key. {@link #id()} is a short fingerprint
 * (not the key) stored beside each sealed row, so a row sealed under another key is recognised
 * instead of failing as corrupt. {@link #toString()} never shows the key.
 */
public final class MasterKey {
    public static final int BYTES = 32;

    private final byte[] key;
    private final String id;

    private MasterKey(byte[] key) {
        this.key = key.clone();
        this.id = fingerprint(key);
    }

    /** Parses a base64 (standard or URL-safe) key of exactly 32 bytes; the message says what is wrong. */
    public static MasterKey parse(String base64, String source) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(source + " is empty; generate one with: openssl rand -base64 32");
        }
        byte[] bytes;
        try {
            String s = base64.trim();
            bytes = s.contains("-") || s.contains("_") ? Base64.getUrlDecoder().decode(s) : Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not base64; generate one with: openssl rand -base64 32");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(source + " must decode to " + BYTES + " bytes (AES-256), got "
                    + bytes.length + "; generate one with: openssl rand -base64 32");
        }
        return new MasterKey(bytes);
    }

    public static MasterKey of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a master key is " + BYTES + " bytes, got " + bytes.length);
        }
        return new MasterKey(bytes);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** 16 hex digits of SHA-256 over a label and the key: tells keys apart, reveals nothing usable. */
    public String id() {
        return id;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(key);
    }

    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("tradewire-master-key-id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(key), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
