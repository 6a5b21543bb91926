package io.tradewire.trading.venue.mt5.link;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * The link of an MT5 venue account to the terminal that trades it. Holds the SHA-256 of the
 * link token, never the token; the terminal fields are what its last hello said.
 */
@MappedEntity("mt5_links")
public record Mt5Link(@Id Long accountId, String tokenHash, String symbolSuffix, Instant tokenRotatedAt,
                      @Nullable String terminalLogin, @Nullable String terminalServer, @Nullable String marginMode,
                      @Nullable Instant linkedAt, Instant createdAt) {
}
