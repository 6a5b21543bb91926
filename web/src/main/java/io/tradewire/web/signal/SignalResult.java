package io.tradewire.web.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.web.trading.OrderView;

import java.util.List;

/**
 * A signal with what every follower (or, for a user, just they) got from it. A post holding
 * several signals lists the others in {@code otherSignals}; decisions and orders cover them all
 * (each decision names its signal). {@code events} is what happened to the order plans since
 * (and what a follow-up or an edit did to them).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SignalResult(boolean duplicate, SignalView signal, List<SignalView> otherSignals,
                           List<DecisionView> decisions, List<OrderView> orders, TimingView timing,
                           List<PlanEventView> events) {
}
