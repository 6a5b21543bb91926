package io.tradewire.trading.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A new text of a stored message (revision 1 is the first edit; the original stays on the message). */
@MappedEntity("inbox_edits")
public record InboxEdit(@Id @GeneratedValue @Nullable Long id, Long inboxMessageId, int revision, String text,
                        Instant receivedAt) {
}
