package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** A signal the parser flagged (stop on the wrong side, a lost decimal point) is never traded. */
@Singleton
@Order(5)
class FlaggedSignalRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        String problem = c.signal().reason();
        return problem == null ? RuleCheck.ALLOWED : new RuleCheck.Refused("flagged_signal", problem);
    }
}
