package io.tradewire.trading.inbox;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.provider.Source;

/**
 * A post as a source hands it over. {@code messageId} is the platform's id, unique within the
 * channel; {@code replyTo} the id of the message it answers, if any. {@code edited}: this is a
 * new text of the message {@code messageId}, already posted (platforms report edits so).
 */
public record IncomingMessage(Source source, String channel, String messageId, String author, String text,
                              String replyTo, boolean edited) {
    public static final int MAX_TEXT = 8_000;

    public IncomingMessage(Source source, String channel, String messageId, String author, String text,
                           String replyTo) {
        this(source, channel, messageId, author, text, replyTo, false);
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
