package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import io.tradewire.trading.control.KillSwitches;
import jakarta.inject.Singleton;

/** The global kill switch, a paused subscriber or a disabled account: no new entries. */
@Singleton
@Order(20)
class KillSwitchRule implements Rule {
    private final KillSwitches switches;

    KillSwitchRule(KillSwitches switches) {
        this.switches = switches;
    }

    @Override
    public RuleCheck check(OpenContext c) {
        var global = switches.globalEngaged();
        if (global.isPresent()) {
            return new RuleCheck.Refused("kill_switch", "the global kill switch is engaged: " + global.get().reason());
        }
        if (c.subscriber().paused()) {
            return new RuleCheck.Refused("kill_switch", "copying is paused for " + c.subscriber().name());
        }
        if (c.account().disabled()) {
            return new RuleCheck.Refused("kill_switch", "account '" + c.account().label() + "' is disabled");
        }
        return RuleCheck.ALLOWED;
    }
}
