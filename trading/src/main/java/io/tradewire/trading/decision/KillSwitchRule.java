package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** A paused subscriber or a disabled account takes no new entries. */
@Singleton
@Order(20)
class KillSwitchRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        if (c.subscriber().paused()) {
            return new RuleCheck.Refused("kill_switch", "copying is paused for " + c.subscriber().name());
        }
        if (c.account().disabled()) {
            return new RuleCheck.Refused("kill_switch", "account '" + c.account().label() + "' is disabled");
        }
        return RuleCheck.ALLOWED;
    }
}
