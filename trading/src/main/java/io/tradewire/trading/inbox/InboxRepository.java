package io.tradewire.trading.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.tradewire.trading.provider.Source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboxRepository extends CrudRepository<InboxMessage, Long> {

    /** 1 when stored, 0 when the same (source, channel, message id) was already there. */
    @Query(value = """
            insert into inbox_messages (source, channel, message_id, author, text, reply_to, received_at, status,
                                        posted_at)
            values (:source, :channel, :messageId, :author, :text, :replyTo, :receivedAt, 'RECEIVED', :postedAt)
            on conflict (source, channel, message_id) do nothing""", nativeQuery = true)
    int insertIfAbsent(String source, String channel, String messageId, @Nullable String author, String text, @Nullable String replyTo,
                       Instant receivedAt, @Nullable Instant postedAt);

    Optional<InboxMessage> findBySourceAndChannelAndMessageId(Source source, String channel, String messageId);

    /** Locks the message so one worker at a time parses it. */
    @Query(value = "select * from inbox_messages where id = :id for update", nativeQuery = true)
    Optional<InboxMessage> lock(Long id);

    List<InboxMessage> findByStatusOrderById(InboxStatus status);

    List<InboxMessage> findByStatusAndReceivedAtBeforeOrderById(InboxStatus status, Instant before);

    @Query(value = "update inbox_messages set status = :status, status_reason = :reason where id = :id",
            nativeQuery = true)
    void mark(Long id, String status, @Nullable String reason);
}
