package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** Followers who asked for it skip signals that come without a stop loss. */
@Singleton
@Order(30)
class RequireStopLossRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        if (Boolean.TRUE.equals(c.follow().requireStopLoss()) && c.signal().stopLoss() == null) {
            return new RuleCheck.Refused("require_stop_loss",
                    "the signal has no stop loss and this follow skips signals without one");
        }
        return RuleCheck.ALLOWED;
    }
}
