package io.tradewire.config;

import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.setup.Setup;

import java.math.BigDecimal;
import java.time.Instant;

/** Subscribers whose account lives on the simulated venue, each following one provider. */
public final class SimFollowers {
    private SimFollowers() {
    }

    /** Adds a subscriber with a SIM account (label "sim") following the provider with a fixed 100 quote. */
    public static long add(Setup setup, VenueAccountRepository accounts, long providerId, String name) {
        var sub = setup.addSubscriber("test", name, new BigDecimal("10000"));
        BigDecimal cash = new BigDecimal("10000");
        VenueAccount sim = accounts.save(new VenueAccount(null, sub.subscriber().id(), VenueKind.SIM, "sim", "USDT",
                cash, false, Instant.now(), cash));
        setup.follow("test", name, providerId, "sim",
                new CopySettings(SizingMode.FIXED_QUOTE, new BigDecimal("100"), null, false, null));
        return sim.id();
    }
}
