package io.tradewire.trading.venue.mt5.bridge;

import java.time.Duration;
import java.time.Instant;

/**
 * What Tradewire knows of a terminal, from its last heartbeat and the clock. Only {@link #UP}
 * takes orders; the others hold the account's jobs (they wait, nothing is lost).
 */
public enum Liveness {
    /** Heartbeats arrive, the terminal is connected to its broker and may trade. */
    UP,
    /** Heartbeats arrive, but the terminal is cut from its broker or AutoTrading is off. */
    NO_TRADING,
    /** No heartbeat for stale-after: maybe a hiccup, maybe gone. */
    STALE,
    /** No heartbeat for down-after (or never since this server started): gone. */
    DOWN;

    /** The state at {@code now} of a terminal last heard at {@code lastSeen} (null: never). */
    public static Liveness of(Instant lastSeen, boolean canTrade, Instant now, Duration staleAfter, Duration downAfter) {
        if (lastSeen == null) {
            return DOWN;
        }
        Duration silent = Duration.between(lastSeen, now);
        if (silent.compareTo(downAfter) >= 0) {
            return DOWN;
        }
        if (silent.compareTo(staleAfter) >= 0) {
            return STALE;
        }
        return canTrade ? UP : NO_TRADING;
    }

    public String wire() {
        return name().toLowerCase();
    }
}
