package io.tradewire.bot.reply;

import java.util.List;

/** An answer to send: plain text and, when there is a choice to make, rows of buttons. */
public record Reply(String text, List<List<Button>> buttons) {
    public Reply {
        buttons = List.copyOf(buttons.stream().map(List::copyOf).toList());
    }

    public static Reply of(String text) {
        return new Reply(text, List.of());
    }

    /** A button; {@code data} comes back in the press (Telegram allows 64 bytes, Discord 100 characters). */
    public record Button(String label, String data) {
        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data over Telegram's 64 bytes: " + data.length());
            }
        }
    }
}
