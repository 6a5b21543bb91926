package io.tradewire.trading.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tradewire.trading.provider.Source;

import java.time.Instant;

/** A raw post, stored before anything else happens to it; {@code postedAt} is the platform's time, if given. */
@MappedEntity("inbox_messages")
public record InboxMessage(@Id @GeneratedValue @Nullable Long id, Source source, String channel, String messageId,
                           @Nullable String author, String text, @Nullable String replyTo, Instant receivedAt,
                           InboxStatus status, @Nullable String statusReason, @Nullable Instant postedAt) {

    /** When the post was made: the platform's time when it gave one, else when it reached us. */
    public Instant postedOrReceived() {
        return postedAt != null && postedAt.isBefore(receivedAt) ? postedAt : receivedAt;
    }
}
