package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.time.Duration;

/** A post older than the follow allows (e.g. after an outage) is not copied: the market has moved on. */
@Singleton
@Order(31)
class MaxSignalAgeRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        Integer max = c.follow().maxSignalAgeSeconds();
        if (max == null) {
            return RuleCheck.ALLOWED;
        }
        long age = Duration.between(c.postedAt(), c.now()).toSeconds();
        return age > max
                ? new RuleCheck.Refused("max_signal_age", "the post is " + age + " s old; max_signal_age_seconds is " + max)
                : RuleCheck.ALLOWED;
    }
}
