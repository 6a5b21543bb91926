package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;

import java.time.LocalTime;
import java.time.ZoneId;

/** New entries only inside the follow's trading hours, read in the subscriber's time zone. */
@Singleton
@Order(33)
class TradingHoursRule implements Rule {
    @Override
    public RuleCheck check(OpenContext c) {
        var hours = c.follow().limits().tradingHours();
        if (hours == null) {
            return RuleCheck.ALLOWED;
        }
        ZoneId zone = ZoneId.of(c.subscriber().timeZone());
        LocalTime local = c.now().atZone(zone).toLocalTime();
        return hours.contains(local) ? RuleCheck.ALLOWED : new RuleCheck.Refused("trading_hours",
                "it is " + local.withSecond(0).withNano(0) + " in " + zone + ", outside trading_hours " + hours);
    }
}
