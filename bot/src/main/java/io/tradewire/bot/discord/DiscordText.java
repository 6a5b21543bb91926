package io.tradewire.bot.discord;

import io.tradewire.bot.reply.MessageParts;

import java.util.List;

/** Discord's limit on one message: 2000 characters. Longer answers go in parts, cut at line ends. */
final class DiscordText {
    static final int MAX = 2000;

    private DiscordText() {
    }

    static List<String> split(String text) {
        return MessageParts.split(text, MAX);
    }

    /** One message's worth: the text cut short, for an edit (which cannot become two messages). */
    static String fit(String text) {
        return MessageParts.fit(text, MAX);
    }
}
