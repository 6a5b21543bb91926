package io.tradewire.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/** Telegram's limit on one message: 4096 characters. Longer answers go in parts, cut at line ends. */
final class TelegramText {
    static final int MAX = 4096;

    private TelegramText() {
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.isEmpty() ? " " : text;
        while (rest.length() > MAX) {
            int cut = rest.lastIndexOf('\n', MAX);
            cut = cut <= 0 ? MAX : cut;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    /** One message's worth: the text cut short, for an edit (which cannot become two messages). */
    static String fit(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 3) + "...";
    }
}
