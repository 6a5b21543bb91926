package io.tradewire.trading.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One follower's decision on one signal, with the rule that made it and why. */
@MappedEntity("decisions")
public record Decision(@Id @GeneratedValue @Nullable Long id, Long signalId, Long followId, Long subscriberId,
                       Long accountId, Outcome outcome, @Nullable String rule, String reason, Instant createdAt) {
}
