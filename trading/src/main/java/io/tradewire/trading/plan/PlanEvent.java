package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Something that happened to a plan after its decision (exits armed, stop moved, one exit
 * cancelling the others, a follow-up or an edit acting on it), with the reason the subscriber
 * reads. {@code signalId} is the signal that caused it, when one did.
 */
@MappedEntity("plan_events")
public record PlanEvent(@Id @GeneratedValue @Nullable Long id, Long planId, @Nullable Long signalId, String kind,
                        String reason, Instant createdAt) {
}
