package io.tradewire.trading.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Who did what to which thing; never holds a secret. */
@MappedEntity("audit_log")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id, Instant at, String actor, String action,
                         String subject, @Nullable String detail) {
}
