package io.tradewire.trading.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KillSwitchRepository extends CrudRepository<KillSwitch, String> {
    @Query(value = """
            insert into kill_switches (name, engaged, reason, changed_by, changed_at)
            values (:name, :engaged, :reason, :changedBy, :at)
            on conflict (name) do update set engaged = excluded.engaged, reason = excluded.reason,
                changed_by = excluded.changed_by, changed_at = excluded.changed_at""", nativeQuery = true)
    void set(String name, boolean engaged, @Nullable String reason, String changedBy, Instant at);
}
