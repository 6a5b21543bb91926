package io.tradewire.bot.telegram;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.account.Subscriber;

import java.time.Instant;
import java.util.Optional;

/** The next update id each bot asks for, moved forward only after an update is handled. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OffsetStore extends GenericRepository<Subscriber, Long> {
    @Query(value = "select next_update_id from chat_offsets where bot = :bot", nativeQuery = true)
    Optional<Long> next(String bot);

    @Query(value = """
            insert into chat_offsets (bot, next_update_id, updated_at) values (:bot, :next, :at)
            on conflict (bot) do update set next_update_id = greatest(chat_offsets.next_update_id, excluded.next_update_id),
                updated_at = excluded.updated_at""", nativeQuery = true)
    void handled(String bot, long next, Instant at);
}
