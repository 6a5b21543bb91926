package io.tradewire.bot.notify;

import io.tradewire.bot.command.Platform;

/** The port a chat adapter offers for direct messages: one plain-text message to one chat. */
public interface ChatSender {
    Platform platform();

    /** The longest text one message may carry on this platform. */
    int maxLength();

    /** Sends; never throws: every outcome is a {@link SendResult}. */
    SendResult send(String chatId, String text, boolean silent);
}
