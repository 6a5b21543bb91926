package io.tradewire.bot.reply;

import java.util.ArrayList;
import java.util.List;

/** A platform's limit on one message: a longer answer goes in parts, cut at line ends. */
public final class MessageParts {
    private MessageParts() {
    }

    public static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text.isEmpty() ? " " : text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            cut = cut <= 0 ? max : cut;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    /** One message's worth: the text cut short, for an edit (which cannot become two messages). */
    public static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
