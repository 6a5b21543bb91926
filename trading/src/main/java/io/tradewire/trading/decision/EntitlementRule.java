package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** First of all: is the subscriber's plan paid for this? */
@Singleton
@Order(10)
class EntitlementRule implements Rule {
    private final EntitlementPort entitlements;

    EntitlementRule(EntitlementPort entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public RuleCheck check(OpenContext c) {
        return entitlements.mayCopy(c.subscriber(), c.follow().providerId());
    }
}
