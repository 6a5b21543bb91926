package io.tradewire.trading.venue.keys;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code tradewire.keys.master-key}: the base64 AES-256 key that seals exchange keys. The
 * service sets it at start from {@code TRADEWIRE_MASTER_KEY}, or from a key generated once in
 * the data folder; it is never written to a log.
 */
@ConfigurationProperties("tradewire.keys")
public interface KeysConfig {
    @Nullable
    String getMasterKey();
}
