package io.tradewire.trading.stats;

import java.time.Instant;

/**
 * A provider's record: the trades of every follower's positions its signals opened, measured on
 * the starting balances of the accounts that follow (or followed) it.
 *
 * @param followers subscribers with a follow of this provider, active or not
 */
public record ProviderPerformance(Long providerId, String provider, long followers, StatsWindow window,
                                  Instant asOf, Performance performance) {
}
