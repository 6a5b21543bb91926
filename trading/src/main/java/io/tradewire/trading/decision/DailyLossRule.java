package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/** After the day's losses reach the follow's limit, no new entries until midnight (subscriber's zone). */
@Singleton
@Order(44)
class DailyLossRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        var limit = c.follow().limits().dailyLossLimit();
        if (limit == null || c.resultToday().signum() >= 0) {
            return RuleCheck.ALLOWED;
        }
        BigDecimal loss = c.resultToday().negate();
        BigDecimal startBalance = c.account().cash().add(loss);
        BigDecimal max = limit.maxLoss(startBalance);
        if (loss.compareTo(max) >= 0) {
            return new RuleCheck.Refused("daily_loss_limit", "today's loss " + money(loss) + " " + c.account().currency()
                    + " has reached daily_loss_limit " + limit + " (" + money(max) + ")");
        }
        return RuleCheck.ALLOWED;
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
