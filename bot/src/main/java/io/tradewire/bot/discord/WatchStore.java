package io.tradewire.bot.discord;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The watched channels, the last message read in each, and the users whose DMs Discord refuses. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface WatchStore extends GenericRepository<DiscordWatch, Long> {

    /** Marks a channel (again); reading starts after {@code lastMessageId} unless it had read further. */
    @Query(value = """
            insert into discord_watches (channel_id, guild_id, watched_by, active, last_message_id, watched_at,
                                         updated_at)
            values (:channelId, :guildId, :by, true, :lastMessageId, :at, :at)
            on conflict (channel_id) do update set active = true, watched_by = excluded.watched_by,
                guild_id = excluded.guild_id, updated_at = excluded.updated_at,
                last_message_id = greatest(discord_watches.last_message_id, excluded.last_message_id)""",
            nativeQuery = true)
    void watch(long channelId, long guildId, String by, long lastMessageId, Instant at);

    /** 1 when the channel was watched, 0 when it was not. */
    @Query(value = "update discord_watches set active = false, updated_at = :at where channel_id = :channelId"
            + " and active", nativeQuery = true)
    int unwatch(long channelId, Instant at);

    @Query(value = "select * from discord_watches where active order by channel_id", nativeQuery = true)
    List<DiscordWatch> active();

    @Query(value = "select * from discord_watches where channel_id = :channelId", nativeQuery = true)
    Optional<DiscordWatch> find(long channelId);

    /** The channel has been read up to this message (never moves back). */
    @Query(value = """
            update discord_watches set last_message_id = greatest(last_message_id, :messageId), updated_at = :at
            where channel_id = :channelId""", nativeQuery = true)
    void seen(long channelId, long messageId, Instant at);

    /** 1 the first time a user's DMs are refused, 0 when that is already known. */
    @Query(value = """
            insert into discord_dm_refusals (user_id, reason, refused_at) values (:userId, :reason, :at)
            on conflict (user_id) do nothing""", nativeQuery = true)
    int refused(String userId, String reason, Instant at);

    @Query(value = "select count(*) from discord_dm_refusals where user_id = :userId", nativeQuery = true)
    long refusals(String userId);

    /** The user is back (they used a command): their DMs are tried again. */
    @Query(value = "delete from discord_dm_refusals where user_id = :userId", nativeQuery = true)
    int cleared(String userId);
}
