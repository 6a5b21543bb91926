package io.tradewire.trading.venue.keys;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The vault under the configured master key, checked when it is first needed. */
@Factory
class Vaults {
    @Singleton
    KeyVault keyVault(KeysConfig config) {
        if (config.getMasterKey() == null) {
            throw new IllegalStateException("tradewire.keys.master-key is not set: the service sets it from "
                    + "TRADEWIRE_MASTER_KEY or from the master-key file in the data folder");
        }
        return new KeyVault(MasterKey.parse(config.getMasterKey(), "the master key (TRADEWIRE_MASTER_KEY)"));
    }
}
