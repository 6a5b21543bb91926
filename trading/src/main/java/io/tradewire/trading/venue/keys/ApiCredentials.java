package io.tradewire.trading.venue.keys;

import io.micronaut.core.annotation.Nullable;

/**
 * An exchange API key as the subscriber gave it. Lives only in memory, to sign requests; its
 * {@link #toString()} shows the last four characters of the key and nothing of the secret, so
 * a log line or an exception message that prints it by accident leaks nothing.
 */
public record ApiCredentials(String apiKey, String secret, @Nullable String passphrase) {
    public ApiCredentials {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("api_key is required");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret is required");
        }
        apiKey = apiKey.strip();
        secret = secret.strip();
        passphrase = passphrase == null || passphrase.isBlank() ? null : passphrase.strip();
    }

    /** The last four characters of the key, the only part ever shown again. */
    public String hint() {
        return "..." + apiKey.substring(Math.max(0, apiKey.length() - 4));
    }

    @Override
    public String toString() {
        return "ApiCredentials[key=" + hint() + ", secret=<hidden>, passphrase=" + (passphrase == null ? "none"
                : "<hidden>") + "]";
    }
}
