package io.tradewire.bot.notify;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.account.Subscriber;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each subscriber's /notify choices; a kind never set is ON. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Preferences extends GenericRepository<Subscriber, Long> {

    @Query(value = "select kind || '=' || mode from notify_preferences where subscriber_id = :subscriberId",
            nativeQuery = true)
    List<String> stored(Long subscriberId);

    @Query(value = """
            insert into notify_preferences (subscriber_id, kind, mode) values (:subscriberId, :kind, :mode)
            on conflict (subscriber_id, kind) do update set mode = excluded.mode""", nativeQuery = true)
    void store(Long subscriberId, String kind, String mode);

    /** Every kind with its mode. */
    default Map<NotifyKind, NotifyMode> of(Long subscriberId) {
        Map<NotifyKind, NotifyMode> out = new EnumMap<>(NotifyKind.class);
        for (NotifyKind k : NotifyKind.values()) {
            out.put(k, NotifyMode.ON);
        }
        for (String row : stored(subscriberId)) {
            String[] kv = row.split("=", 2);
            out.put(NotifyKind.valueOf(kv[0]), NotifyMode.valueOf(kv[1]));
        }
        return out;
    }

    default void set(Long subscriberId, NotifyKind kind, NotifyMode mode) {
        store(subscriberId, kind.name(), mode.name());
    }
}
