package io.tradewire.trading.inbox;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.provider.Source;

import java.time.Instant;

/**
 * A post as a source hands it over. {@code messageId} is the platform's id, unique within the
 * channel; {@code replyTo} the id of the message it answers, if any. {@code edited}: this is a
 * new text of the message {@code messageId}, already posted (platforms report edits so).
 * {@code postedAt}: when the platform says it was posted, if it says; a post delivered late (a
 * bot catching up after an outage) is then as old as it really is for the signal-age limit.
 */
public record IncomingMessage(Source source, String channel, String messageId, String author, String text,
                              String replyTo, boolean edited, @Nullable Instant postedAt) {
    public static final int MAX_TEXT = 8_000;

    public IncomingMessage(Source source, String channel, String messageId, String author, String text,
                           String replyTo) {
        this(source, channel, messageId, author, text, replyTo, false, null);
    }

    public IncomingMessage(Source source, String channel, String messageId, String author, String text,
                           String replyTo, boolean edited) {
        this(source, channel, messageId, author, text, replyTo, edited, null);
    }

    public IncomingMessage {
        if (source == null) {
            throw new InvalidInputException("source", "source is required");
        }
        if (channel == null || channel.isBlank()) {
            throw new InvalidInputException("channel", "channel is required");
        }
        if (messageId == null || messageId.isBlank()) {
            throw new InvalidInputException("message_id", "message_id is required");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "text is required and must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "text is " + text.length() + " characters; at most " + MAX_TEXT);
        }
    }
}
