package io.tradewire.bot.reply;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that holds API keys, for every platform: keys typed where others can read them
 * are refused. Exchange keys are long runs of letters and digits (Binance 64, Bybit 18-36,
 * Kraken 56 and base64), unlike anything in a trading signal.
 */
public final class KeyText {
    private static final Pattern KEYLIKE = Pattern.compile("(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{18,}(?![A-Za-z0-9+/=_-])");
    private static final Pattern KEY_WORDS = Pattern.compile("(?i)\\b(api[ _-]?key|secret|passphrase|private key)\\b");

    private KeyText() {
    }

    /** Text that looks like it holds keys: two key-like strings, or one next to a word like "secret". */
    public static boolean looksLikeKeys(String text) {
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
