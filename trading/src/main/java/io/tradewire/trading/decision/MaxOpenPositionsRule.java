package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** Caps how many positions an account holds at once. */
@Singleton
@Order(40)
class MaxOpenPositionsRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        Integer max = c.follow().maxOpenPositions();
        if (max != null && c.openPositions() >= max) {
            return new RuleCheck.Refused("max_open_positions",
                    "account already holds " + c.openPositions() + " open positions; max_open_positions is " + max);
        }
        return RuleCheck.ALLOWED;
    }
}
