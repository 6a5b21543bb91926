package io.tradewire.bot.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises API keys where they must not be: a /link with keys, or text holding key-like
 * strings, posted in a group or channel. Exchange keys are long runs of letters and digits
 * (Binance 64, Bybit 18-36, Kraken 56 and base64), unlike anything in a trading signal.
 */
final class KeyGuard {
    private static final Pattern KEYLIKE = Pattern.compile("(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{18,}(?![A-Za-z0-9+/=_-])");
    private static final Pattern KEY_WORDS = Pattern.compile("(?i)\\b(api[ _-]?key|secret|passphrase|private key)\\b");

    private KeyGuard() {
    }

    /** A /link that carries (or is about to carry) exchange keys. */
    static boolean isKeyLink(CommandLine line) {
        return line.name().equals("link") && !line.args().isEmpty()
                && line.args().get(0).equalsIgnoreCase("exchange") && line.args().size() > 2;
    }

    /** Text that looks like it holds keys: two key-like strings, or one next to a word like "secret". */
    static boolean looksLikeKeys(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = KEYLIKE.matcher(text);
        int found = 0;
        while (m.find()) {
            if (mixed(m.group())) {
                found++;
            }
        }
        return found >= 2 || found == 1 && KEY_WORDS.matcher(text).find();
    }

    /** Letters and digits both: a symbol like BTCUSDT or a word is not a key. */
    private static boolean mixed(String s) {
        return s.chars().anyMatch(Character::isDigit) && s.chars().filter(Character::isLetter).count() >= 4;
    }
}
