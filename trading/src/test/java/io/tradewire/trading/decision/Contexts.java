package io.tradewire.trading.decision;

import io.tradewire.nlp.Side;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.follow.CopySettings;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.follow.Limits;
import io.tradewire.trading.follow.SizingMode;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.StoredSignal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Builds the values rules look at, for tests of single rules. */
final class Contexts {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static StoredSignal open(String symbol, String entry, String stop) {
        return new StoredSignal(1L, 1L, 1L, null, SignalKind.OPEN, symbol, Side.BUY, null, new BigDecimal(entry), null,
                null, stop == null ? null : new BigDecimal(stop), List.of(), null, null, null, null, false, null, null,
                "test", false, NOW, 0);
    }

    static Follow follow(Limits limits) {
        return Follow.of(1L, 1L, 1L, new CopySettings(SizingMode.FIXED_QUOTE, BigDecimal.TEN, null, false, null, limits),
                NOW);
    }

    static OpenContext context(StoredSignal signal, Follow follow, Instant postedAt, long tradesToday) {
        return context(signal, follow, postedAt, tradesToday, "UTC");
    }

    static OpenContext context(StoredSignal signal, Follow follow, Instant postedAt, long tradesToday, String zone) {
        return context(signal, follow, postedAt, tradesToday, zone, BigDecimal.ZERO);
    }

    static OpenContext context(StoredSignal signal, Follow follow, Instant postedAt, long tradesToday, String zone,
                               BigDecimal resultToday) {
        return new OpenContext(signal, follow, new Subscriber(1L, "sam", zone, false, NOW),
                new VenueAccount(1L, 1L, VenueKind.PAPER, "paper", "USDT", new BigDecimal("1000"), false, NOW,
                        new BigDecimal("1000")), 0, null,
                NOW, postedAt, tradesToday, resultToday);
    }

    private Contexts() {
    }
}
