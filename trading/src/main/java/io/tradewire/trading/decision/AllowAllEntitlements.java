package io.tradewire.trading.decision;

import io.micronaut.context.annotation.Secondary;
import io.tradewire.trading.account.Subscriber;
import jakarta.inject.Singleton;

/** Everyone may copy everything until billing provides its own {@link EntitlementPort}. */
@Singleton
@Secondary
class AllowAllEntitlements implements EntitlementPort {
    @Override
    public RuleCheck mayCopy(Subscriber subscriber, Long providerId) {
        return RuleCheck.ALLOWED;
    }
}
