package io.tradewire.trading.stats;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber's record: over all their accounts' trades (measured on all their accounts'
 * starting balances), and per follow (that follow's trades, measured on its account's).
 */
public record FollowerPerformance(Long subscriberId, String subscriber, StatsWindow window, Instant asOf,
                                  Performance performance, List<FollowPerformance> follows) {

    /** One follow's record; an account shared by several follows lends each its whole balance. */
    public record FollowPerformance(Long followId, Long providerId, String provider, Long accountId, boolean active,
                                    Performance performance) {
    }
}
