package io.tradewire.bot.notify;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<Notification, Long> {

    /** 1 when stored, 0 when this event was already queued for this chat. */
    @Query(value = """
            insert into notifications (dedupe_key, subscriber_id, platform, chat_id, kind, text, silent, status,
                                       attempts, due_at, created_at)
            values (:dedupeKey, :subscriberId, :platform, :chatId, :kind, :text, :silent, 'PENDING', 0, :at, :at)
            on conflict (dedupe_key) do nothing""", nativeQuery = true)
    int enqueue(String dedupeKey, Long subscriberId, String platform, String chatId, String kind, String text,
                boolean silent, Instant at);

    /** Each chat's oldest pending notice: a chat's notices go out in the order they were queued. */
    @Query(value = """
            select * from (select distinct on (chat_id) * from notifications
                           where status = 'PENDING' and platform = :platform order by chat_id, id) firsts
            order by id limit :limit""", nativeQuery = true)
    List<Notification> headsOfChats(String platform, int limit);

    /** A chat's pending notices, oldest first: the head and what queued behind it. */
    @Query(value = """
            select * from notifications where status = 'PENDING' and platform = :platform and chat_id = :chatId
            order by id limit :limit""", nativeQuery = true)
    List<Notification> pendingOfChat(String platform, String chatId, int limit);

    @Query(value = "update notifications set status = 'SENT', sent_at = :at, attempts = attempts + 1 where id = :id",
            nativeQuery = true)
    void sent(Long id, Instant at);

    /** Due again later; {@code counted} is 1 for a failure, 0 for a rate limit (not the notice's fault). */
    @Query(value = """
            update notifications set due_at = :dueAt, attempts = attempts + :counted, last_error = :error
            where id = :id""", nativeQuery = true)
    void later(Long id, Instant dueAt, int counted, String error);

    @Query(value = """
            update notifications set status = 'FAILED', attempts = attempts + 1, last_error = :error
            where id = :id""", nativeQuery = true)
    void failed(Long id, String error);
}
