package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** Caps new entries per day, counted from midnight in the subscriber's time zone. */
@Singleton
@Order(45)
class MaxTradesPerDayRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        Integer max = c.follow().maxTradesPerDay();
        if (max != null && c.tradesToday() >= max) {
            return new RuleCheck.Refused("max_trades_per_day",
                    "this follow already entered " + c.tradesToday() + " trades today; max_trades_per_day is " + max);
        }
        return RuleCheck.ALLOWED;
    }
}
