package io.tradewire.trading.venue.keys;

/** Stored keys that cannot be opened: sealed under another master key, or altered. Says which account. */
public class KeyVaultException extends RuntimeException {
    public KeyVaultException(String message) {
        super(message);
    }
}
