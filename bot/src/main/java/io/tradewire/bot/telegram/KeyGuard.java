package io.tradewire.bot.telegram;

import io.tradewire.bot.reply.KeyText;

/**
 * Recognises API keys where they must not be: a /link with keys, or text holding key-like
 * strings ({@link KeyText}), posted in a group or channel.
 */
final class KeyGuard {
    private KeyGuard() {
    }

    /** A /link that carries (or is about to carry) exchange keys. */
    static boolean isKeyLink(CommandLine line) {
        return line.name().equals("link") && !line.args().isEmpty()
                && line.args().get(0).equalsIgnoreCase("exchange") && line.args().size() > 2;
    }

    /** Text that looks like it holds keys: two key-like strings, or one next to a word like "secret". */
    static boolean looksLikeKeys(String text) {
        return KeyText.looksLikeKeys(text);
    }
}
