package io.tradewire.trading.venue;

import io.tradewire.trading.account.VenueKind;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds the venue adapter for an account's kind. */
@Singleton
public class Venues {
    private final Map<VenueKind, Venue> byKind = new EnumMap<>(VenueKind.class);

    Venues(List<Venue> venues) {
        venues.forEach(v -> byKind.put(v.kind(), v));
    }

    public Venue forKind(VenueKind kind) {
        Venue v = byKind.get(kind);
        if (v == null) {
            throw new IllegalStateException("no venue adapter is configured for " + kind);
        }
        return v;
    }
}
