package io.tradewire.bot.discord;

import java.util.ArrayList;
import java.util.List;

/** Discord's limit on one message: 2000 characters. Longer answers go in parts, cut at line ends. */
final class DiscordText {
    static final int MAX = 2000;

    private DiscordText() {
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
