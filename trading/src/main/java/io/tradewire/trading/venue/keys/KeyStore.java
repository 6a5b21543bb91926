package io.tradewire.trading.venue.keys;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Stores and opens one account's credentials. The plain key exists only in the caller's memory:
 * it is sealed before it reaches the repository and opened only to build a signing client.
 */
@Singleton
public class KeyStore {
    private final KeyVault vault;
    private final StoredKeyRepository rows;
    private final Clock clock;

    KeyStore(KeyVault vault, StoredKeyRepository rows, Clock clock) {
        this.vault = vault;
        this.rows = rows;
        this.clock = clock;
    }

    /** Seals and stores the credentials of an account (in the caller's transaction). */
    public StoredKey store(long accountId, ApiCredentials credentials) {
        Sealed sealed = vault.seal(accountId, credentials);
        return rows.save(new StoredKey(accountId, credentials.hint(), sealed.masterKeyId(), sealed.nonce(),
                sealed.ciphertext(), clock.instant(), null));
    }

    public Optional<ApiCredentials> open(long accountId) {
        return rows.findById(accountId).map(r -> vault.open(accountId, r.asSealed()));
    }

    public Optional<String> hint(long accountId) {
        return rows.findById(accountId).map(StoredKey::keyHint);
    }
}
