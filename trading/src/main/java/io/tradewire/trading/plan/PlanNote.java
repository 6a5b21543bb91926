package io.tradewire.trading.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A plan event as the API shows it: which plan (of which signal, on which account), what
 * happened and why; {@code signalId} is the signal that caused it, when one did.
 */
@Introspected
public record PlanNote(Long id, Long planId, Long accountId, Long planSignalId, @Nullable Long signalId, String kind,
                       String reason, Instant createdAt) {
}
