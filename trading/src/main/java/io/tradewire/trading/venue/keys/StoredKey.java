package io.tradewire.trading.venue.keys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One account's exchange credentials as stored: sealed, with the row's own nonce and the id of
 * the master key that sealed them; {@code keyHint} (the key's last four characters) is all that
 * is ever shown again.
 */
@MappedEntity("exchange_credentials")
public record StoredKey(@Id Long accountId, String keyHint, String masterKeyId, byte[] nonce, byte[] sealed,
                        Instant createdAt, @Nullable Instant rotatedAt) {

    public Sealed asSealed() {
        return new Sealed(nonce, sealed, masterKeyId);
    }

    @Override
    public String toString() {
        return "StoredKey[account=" + accountId + ", key=" + keyHint + ", master=" + masterKeyId + "]";
    }
}
