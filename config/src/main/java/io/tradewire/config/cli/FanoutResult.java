package io.tradewire.config.cli;

import java.util.List;
import java.util.Locale;

/** What one fan-out bench measured; every time is in ms from the signal's commit. */
record FanoutResult(int followers, int venueLatencyMs, long ordersSent, long duplicates, double decisionsMs,
                    List<Double> orderMs) {

    double first() {
        return orderMs.isEmpty() ? 0 : orderMs.get(0);
    }

    double last() {
        return orderMs.isEmpty() ? 0 : orderMs.get(orderMs.size() - 1);
    }

    /** Nearest-rank percentile of the per-order times. */
    double percentile(double p) {
        if (orderMs.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * orderMs.size());
        return orderMs.get(Math.max(0, Math.min(orderMs.size() - 1, rank - 1)));
    }

    String summary() {
        return String.format(Locale.ROOT, "fan-out of one signal to %d followers, venue latency %d ms: %d orders on"
                        + " the venue (%d duplicates); decisions after %.1f ms, first order %.1f ms, last %.1f ms",
                followers, venueLatencyMs, ordersSent, duplicates, decisionsMs, first(), last());
    }

    String json() {
        return String.format(Locale.ROOT, "{\"followers\":%d,\"venue_latency_ms\":%d,\"orders_sent\":%d,"
                        + "\"duplicates\":%d,\"decisions_ms\":%.1f,\"first_order_ms\":%.1f,\"last_order_ms\":%.1f,"
                        + "\"p50_order_ms\":%.1f,\"p99_order_ms\":%.1f}",
                followers, venueLatencyMs, ordersSent, duplicates, decisionsMs, first(), last(), percentile(50),
                percentile(99));
    }
}
