package io.tradewire.web.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.plan.PlanNote;

import java.time.Instant;

/**
 * Something that happened to a follower's order plan after its decision: exits armed, the stop
 * moved (breakeven, trailing, a follow-up), one exit cancelling the others, an edit amending it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanEventView(Long planId, Long accountId, Long planSignalId, @Nullable Long signalId, String kind,
                            String reason, Instant createdAt) {
    static PlanEventView of(PlanNote n) {
        return new PlanEventView(n.planId(), n.accountId(), n.planSignalId(), n.signalId(), n.kind(), n.reason(),
                n.createdAt());
    }
}
