package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

/** The follow's allow and deny lists of symbols. */
@Singleton
@Order(32)
class SymbolFilterRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        var limits = c.follow().limits();
        String symbol = c.signal().symbol();
        if (limits.deniedSymbols().contains(symbol)) {
            return new RuleCheck.Refused("denied_symbols", symbol + " is in this follow's denied symbols");
        }
        if (!limits.allowedSymbols().isEmpty() && !limits.allowedSymbols().contains(symbol)) {
            return new RuleCheck.Refused("allowed_symbols", symbol + " is not in this follow's allowed symbols "
                    + limits.allowedSymbols());
        }
        return RuleCheck.ALLOWED;
    }
}
