package io.tradewire.web.signal;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.decision.Decision;

import java.time.Instant;

@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DecisionView(Long id, Long signalId, String subscriber, Long accountId, String outcome, @Nullable String rule,
                           String reason, Instant createdAt) {
    static DecisionView of(Decision d, String subscriber) {
        return new DecisionView(d.id(), d.signalId(), subscriber, d.accountId(), d.outcome().name().toLowerCase(), d.rule(),
                d.reason(), d.createdAt());
    }
}
