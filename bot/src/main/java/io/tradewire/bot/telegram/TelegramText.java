package io.tradewire.bot.telegram;

import io.tradewire.bot.reply.MessageParts;

import java.util.List;

/** Telegram's limit on one message: 4096 characters. Longer answers go in parts, cut at line ends. */
final class TelegramText {
    static final int MAX = 4096;

    private TelegramText() {
    }

    static List<String> split(String text) {
        return MessageParts.split(text, MAX);
    }

    /** One message's worth: the text cut short, for an edit (which cannot become two messages). */
    static String fit(String text) {
        return MessageParts.fit(text, MAX);
    }
}
