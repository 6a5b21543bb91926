package io.tradewire.trading.venue.mt5;

import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.mt5.bridge.CallResult;
import io.tradewire.trading.venue.mt5.bridge.Mt5Bridge;
import io.tradewire.trading.venue.mt5.protocol.FrameException;
import io.tradewire.trading.venue.mt5.protocol.Op;
import io.tradewire.trading.venue.mt5.protocol.Status;
import io.tradewire.trading.venue.mt5.protocol.SymbolSpec;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each terminal's {@code symbol_info} answers, reused for symbol-info-ttl: contract size and
 * volume limits do not change within a session, and asking once per order would double the
 * round trips. The tick value of a cross moves with price, which the ttl bounds.
 */
final class SymbolCache {
    sealed interface Lookup {
    }

    record Found(SymbolSpec spec) implements Lookup {
    }

    record NotListed() implements Lookup {
    }

    /** The terminal could not be asked: offline (nothing sent) or no answer. */
    record Failed(String reason, boolean offline) implements Lookup {
        Placement placement(Mt5Config config) {
            return offline ? new Placement.Held(reason, config.getHeldRetry())
                    : new Placement.Rejected("could not read the symbol from the terminal, nothing was sent: " + reason,
                    true);
        }
    }

    private record Entry(SymbolSpec spec, Instant at) {
    }

    private final Mt5Bridge bridge;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    SymbolCache(Mt5Bridge bridge, Duration ttl, Clock clock) {
        this.bridge = bridge;
        this.ttl = ttl;
        this.clock = clock;
    }

    Lookup get(long accountId, String brokerSymbol) {
        String key = accountId + "/" + brokerSymbol;
        Entry e = cache.get(key);
        if (e != null && clock.instant().isBefore(e.at().plus(ttl))) {
            return new Found(e.spec());
        }
        return switch (bridge.call(accountId, Op.SYMBOL_INFO, Map.of("symbol", brokerSymbol))) {
            case CallResult.Offline o -> new Failed(o.reason(), true);
            case CallResult.NoAnswer n -> new Failed(n.reason(), false);
            case CallResult.Answered a -> {
                if (a.reply().status() == Status.NOT_FOUND) {
                    yield new NotListed();
                }
                if (a.reply().status() != Status.OK) {
                    yield new Failed(a.reply().fields().optText("message").orElse(a.reply().status().wire()), false);
                }
                try {
                    SymbolSpec spec = SymbolSpec.from(a.reply().fields());
                    cache.put(key, new Entry(spec, clock.instant()));
                    yield new Found(spec);
                } catch (FrameException ex) {
                    yield new Failed("unreadable symbol_info reply: " + ex.getMessage(), false);
                }
            }
        };
    }

    /** The contract size of a symbol seen on this account; 1 when never seen (a reply names its own). */
    BigDecimal contractSize(long accountId, String brokerSymbol) {
        return get(accountId, brokerSymbol) instanceof Found f ? f.spec().contractSize() : BigDecimal.ONE;
    }
}
