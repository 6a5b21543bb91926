package io.tradewire.config.discord;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since the Discord epoch (2015-01-01) shifted left by 22 bits, so ids sort by
 * creation time. The fake makes every message id with {@link #next()}, which is why a bot can page history
 * with {@code after=<last seen id>} and get exactly what came later.
 */
public final class Snowflakes {
    /** 2015-01-01T00:00:00Z, the zero of every Discord id. */
    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    // Shared by every fake in the JVM so ids stay increasing even across fakes that run one after the other.
    private static final AtomicLong LAST = new AtomicLong();

    private Snowflakes() {
    }

    /** A fresh id for now, strictly greater than every id this class made before. */
    public static long next() {
        long now = at(Instant.now());
        return LAST.updateAndGet(previous -> Math.max(previous + 1, now));
    }

    /** The smallest id of the given instant: use it as an {@code after}/{@code before} bound for that time. */
    public static long at(Instant time) {
        return (time.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22;
    }

    /** When the id was made (millisecond precision). */
    public static Instant time(long id) {
        return Instant.ofEpochMilli((id >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
