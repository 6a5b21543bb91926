package io.tradewire.trading.audit;

import jakarta.inject.Singleton;

import java.time.Clock;

/** Records changes people make (setup, settings, kill switches) for the admin's audit view. */
@Singleton
public class AuditLog {
    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(String actor, String action, String subject, String detail) {
        repository.save(new AuditEntry(null, clock.instant(), actor, action, subject, detail));
    }
}
