package io.tradewire.trading.venue.keys;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** The vault under the configured master key, checked at start: a missing or malformed key stops the service. */
@Factory
class Vaults {
    @Context
    KeyVault keyVault(KeysConfig config) {
        if (config.getMasterKey() == null) {
            throw new IllegalStateException("tradewire.keys.master-key is not set: the service sets it from "
                    + "TRADEWIRE_MASTER_KEY or from the master-key file in the data folder");
        }
        return new KeyVault(MasterKey.parse(config.getMasterKey(), "the master key (TRADEWIRE_MASTER_KEY)"));
    }
}
