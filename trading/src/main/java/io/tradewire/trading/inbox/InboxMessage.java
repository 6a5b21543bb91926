package io.tradewire.trading.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tradewire.trading.provider.Source;

import java.time.Instant;

/** A raw post, stored before anything else happens to it. */
@MappedEntity("inbox_messages")
public record InboxMessage(@Id @GeneratedValue @Nullable Long id, Source source, String channel, String messageId,
                           @Nullable String author, String text, @Nullable String replyTo, Instant receivedAt,
                           InboxStatus status, @Nullable String statusReason) {
}
