package io.tradewire.trading.venue.mt5;

import io.micronaut.context.annotation.Requires;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.VenuePosition;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Stands in for {@link Mt5Venue} when the bridge is off, so an MT5 account's job ends with a
 * refusal that says how to turn the bridge on instead of a missing-venue error. Nothing is sent.
 */
@Singleton
@Requires(property = "tradewire.mt5.enabled", notEquals = "true")
public class DisabledMt5Venue implements Venue {
    static final String REASON = "the MT5 bridge is not enabled on this server (set tradewire.mt5.enabled=true, or"
            + " TRADEWIRE_MT5_ENABLED=true); nothing was sent to the terminal";

    @Override
    public VenueKind kind() {
        return VenueKind.MT5;
    }

    @Override
    public InstrumentRules rules(String symbol) {
        return Mt5Catalogue.find(symbol).map(s -> Mt5Venue.unitRules(symbol, s))
                .orElseGet(() -> new InstrumentRules(symbol, new BigDecimal("0.00000001"),
                        new BigDecimal("0.00000001"), new BigDecimal("0.00000001"), BigDecimal.ZERO));
    }

    @Override
    public boolean nativeExits() {
        return false;
    }

    @Override
    public Placement place(VenueOrder order) {
        return new Placement.Rejected(REASON, false);
    }

    @Override
    public Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price) {
        return new Placement.Rejected(REASON, false);
    }

    @Override
    public Placement cancel(Long accountId, String clientOrderId) {
        return new Placement.Rejected(REASON, false);
    }

    @Override
    public Optional<Placement> query(Long accountId, String clientOrderId) {
        return Optional.of(new Placement.Rejected(REASON, false));
    }

    @Override
    public List<VenuePosition> positions(Long accountId) {
        return List.of();
    }

    @Override
    public List<VenueBalance> balances(Long accountId) {
        return List.of();
    }
}
