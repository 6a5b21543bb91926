package io.tradewire.bot.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A typed command: "/name@bot word word". {@code rest} is the text after the name, as typed
 * (a kill switch reason keeps its spaces).
 */
record CommandLine(String name, List<String> args, String rest, boolean addressed) {

    /** The command in the text, unless it is none or addressed to another bot. */
    static Optional<CommandLine> parse(String text, String botUsername) {
        if (text == null || !text.startsWith("/") || text.length() < 2) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        int space = indexOfSpace(trimmed);
        String head = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
        String rest = space < 0 ? "" : trimmed.substring(space).strip();
        boolean addressed = false;
        int at = head.indexOf('@');
        if (at >= 0) {
            if (!head.substring(at + 1).equalsIgnoreCase(botUsername)) {
                return Optional.empty();
            }
            addressed = true;
            head = head.substring(0, at);
        }
        List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        return Optional.of(new CommandLine(head.toLowerCase(Locale.ROOT), args, rest, addressed));
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The words after the first. */
    List<String> tail() {
        return args.isEmpty() ? List.of() : args.subList(1, args.size());
    }
}
