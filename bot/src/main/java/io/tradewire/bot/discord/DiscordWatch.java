package io.tradewire.bot.discord;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A channel a server admin marked with /watch, and the last message of it the bot has read. */
@MappedEntity("discord_watches")
record DiscordWatch(@Id Long channelId, Long guildId, String watchedBy, boolean active, Long lastMessageId,
                    Instant watchedAt, Instant updatedAt) {
}
