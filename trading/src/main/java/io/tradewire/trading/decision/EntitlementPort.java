package io.tradewire.trading.decision;

import io.tradewire.trading.account.Subscriber;

/**
 * Asks billing whether a subscriber may copy one more signal. Billing implements it; until it
 * does, {@link AllowAllEntitlements} answers.
 */
public interface EntitlementPort {
    RuleCheck mayCopy(Subscriber subscriber, Long providerId);
}
