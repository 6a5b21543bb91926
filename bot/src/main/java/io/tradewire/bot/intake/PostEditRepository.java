package io.tradewire.bot.intake;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.inbox.InboxMessage;

import java.time.Instant;
import java.util.Optional;

/** The record of each post edit and what it amended. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostEditRepository extends GenericRepository<InboxMessage, Long> {
    /** 1 when recorded, 0 when this edit was recorded before. */
    @Query(value = """
            insert into post_edits (source, channel, message_id, edit_key, text, outcome, created_at)
            values (:source, :channel, :messageId, :editKey, :text, :outcome, :at)
            on conflict do nothing""", nativeQuery = true)
    int record(String source, String channel, String messageId, String editKey, String text, String outcome,
               Instant at);

    @Query(value = """
            select outcome from post_edits
            where source = :source and channel = :channel and message_id = :messageId and edit_key = :editKey""",
            nativeQuery = true)
    Optional<String> outcome(String source, String channel, String messageId, String editKey);
}
