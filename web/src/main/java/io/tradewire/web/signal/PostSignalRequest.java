package io.tradewire.web.signal;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A post handed to Tradewire over REST; without a message id each request is a new message.
 * {@code edited: true} with the message id of an earlier post sends that post's new text.
 * {@code posted_at} (ISO-8601): when the source says it was posted, for a post handed over late.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostSignalRequest(@Nullable String text, @Nullable String source, @Nullable String channel,
                                @Nullable String author, @Nullable String messageId, @Nullable String replyTo,
                                @Nullable Boolean edited, @Nullable String postedAt) {
}
