package io.tradewire.trading.venue.keys;

/** Credentials sealed with AES-GCM: the row's own nonce, the ciphertext with its tag, and which master key. */
public record Sealed(byte[] nonce, byte[] ciphertext, String masterKeyId) {
}
