package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A chat user bound to a subscriber, and the chat their direct messages go to. */
@MappedEntity("chat_identities")
public record ChatIdentity(@Id @GeneratedValue @Nullable Long id, Platform platform, String userId, Long subscriberId,
                           String dmChatId, Instant createdAt) {
}
