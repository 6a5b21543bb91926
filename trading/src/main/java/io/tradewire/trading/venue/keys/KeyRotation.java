package io.tradewire.trading.venue.keys;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;

/**
 * Re-seals every stored key under a new master key in one transaction: either all rows move to
 * the new key or none does, so a failure half-way leaves everything readable with the old one.
 */
@Singleton
public class KeyRotation {
    private final StoredKeyRepository rows;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    KeyRotation(StoredKeyRepository rows, TransactionOperations<Connection> tx, Clock clock) {
        this.rows = rows;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a rotation did: rows re-sealed, and rows already under the new key (a repeated run). */
    public record Result(int resealed, int alreadyNew) {
    }

    public Result rotate(MasterKey oldKey, MasterKey newKey) {
        if (oldKey.id().equals(newKey.id())) {
            throw new IllegalArgumentException("the new master key is the same as the current one");
        }
        KeyVault from = new KeyVault(oldKey);
        KeyVault to = new KeyVault(newKey);
        return tx.executeWrite(s -> {
            int resealed = 0;
            int already = 0;
            Instant now = clock.instant();
            for (StoredKey row : rows.findAllOrderByAccountId()) {
                if (row.masterKeyId().equals(newKey.id())) {
                    already++;
                    continue;
                }
                ApiCredentials plain = from.open(row.accountId(), row.asSealed());
                Sealed sealed = to.seal(row.accountId(), plain);
                rows.update(new StoredKey(row.accountId(), row.keyHint(), sealed.masterKeyId(), sealed.nonce(),
                        sealed.ciphertext(), row.createdAt(), now));
                resealed++;
            }
            return new Result(resealed, already);
        });
    }
}
