package io.tradewire.bot.discord;

import io.micronaut.core.annotation.Nullable;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

import java.util.Optional;

/**
 * The form (a Discord modal) that takes exchange keys: the only way keys reach the bot on
 * Discord, since what a modal holds is seen by its user and the bot alone. Its custom id carries
 * the exchange and label the /link named ("lx:binance:main"); the keys come only in its inputs.
 */
final class KeyForm {
    static final String PREFIX = "lx:";
    static final String KEY = "key";
    static final String SECRET = "secret";
    static final String PASSPHRASE = "passphrase";

    private KeyForm() {
    }

    /** What the form is for. */
    record Target(String exchange, @Nullable String label) {
    }

    static Modal of(String exchange, @Nullable String label) {
        TextInput key = TextInput.create(KEY, TextInputStyle.SHORT).setRequiredRange(8, 256)
                .setPlaceholder("the API key").build();
        TextInput secret = TextInput.create(SECRET, TextInputStyle.SHORT).setRequiredRange(8, 256)
                .setPlaceholder("the API secret").build();
        var form = Modal.create(id(exchange, label), "Link your " + exchange + " account");
        form.addComponents(Label.of("API key", key), Label.of("API secret", secret));
        if (needsPassphrase(exchange)) {
            form.addComponents(Label.of("API passphrase", TextInput.create(PASSPHRASE, TextInputStyle.SHORT)
                    .setRequiredRange(1, 128).setPlaceholder("the passphrase you gave the key").build()));
        }
        return form.build();
    }

    static boolean needsPassphrase(String exchange) {
        return io.tradewire.trading.venue.xchange.ExchangeModule.needsPassphrase(exchange);
    }

    static String id(String exchange, @Nullable String label) {
        return PREFIX + exchange + ":" + (label == null ? "" : label);
    }

    /** The exchange and label of a submitted form, or empty when the id is not one of ours. */
    static Optional<Target> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String exchange = colon < 0 ? rest : rest.substring(0, colon);
        String label = colon < 0 ? "" : rest.substring(colon + 1);
        if (!exchange.matches("[a-z0-9]{2,32}") || !label.matches("[a-z0-9_-]{0,32}")) {
            return Optional.empty();
        }
        return Optional.of(new Target(exchange, label.isEmpty() ? null : label));
    }
}
