package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Once the balance has fallen the given percent below its peak, no new entries. */
@Singleton
@Order(43)
class MaxDrawdownRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        BigDecimal max = c.follow().limits().maxDrawdownPct();
        BigDecimal peak = c.account().peakCash();
        if (max == null || peak.signum() <= 0) {
            return RuleCheck.ALLOWED;
        }
        BigDecimal drawdown = peak.subtract(c.account().cash()).divide(peak, MathContext.DECIMAL64).movePointRight(2);
        if (drawdown.compareTo(max) >= 0) {
            return new RuleCheck.Refused("max_drawdown", "the balance is " + drawdown.setScale(1, RoundingMode.HALF_UP)
                    .toPlainString() + "% below its peak " + peak.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                    + "; max_drawdown_pct is " + max.toPlainString());
        }
        return RuleCheck.ALLOWED;
    }
}
