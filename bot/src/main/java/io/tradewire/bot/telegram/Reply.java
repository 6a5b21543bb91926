package io.tradewire.bot.telegram;

import java.util.List;

/** An answer to send: plain text and, when there is a choice to make, rows of buttons. */
record Reply(String text, List<List<Button>> buttons) {
    Reply {
        buttons = List.copyOf(buttons.stream().map(List::copyOf).toList());
    }

    static Reply of(String text) {
        return new Reply(text, List.of());
    }

    /** A button; {@code data} comes back in the callback (Telegram allows 64 bytes). */
    record Button(String label, String data) {
        Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data over Telegram's 64 bytes: " + data.length());
            }
        }
    }
}
