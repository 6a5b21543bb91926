package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.follow.Follow;
import io.tradewire.trading.signal.StoredSignal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything a rule may look at for one follower and one open signal. {@code marketPrice} is
 * the latest ticker price, null when none is known; {@code postedAt} when the post reached
 * Tradewire; {@code tradesToday} the follow's orders since midnight in the subscriber's zone,
 * {@code resultToday} the account's realised P&L less fees since then (negative: a loss).
 */
public record OpenContext(StoredSignal signal, Follow follow, Subscriber subscriber, VenueAccount account,
                          long openPositions, @Nullable BigDecimal marketPrice, Instant now, Instant postedAt,
                          long tradesToday, BigDecimal resultToday) {
}
