package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** What /link adds: a paper account, an exchange account by API keys, or an MT5 terminal. */
public sealed interface LinkRequest {

    /** A further paper account; label and balance default to the next free "paperN" and the configured balance. */
    record Paper(@Nullable String label, @Nullable BigDecimal balance) implements LinkRequest {
    }

    /**
     * An exchange account. The keys are secrets: they are never logged or shown, and
     * {@link #toString()} leaves them out.
     */
    record Exchange(String exchange, String apiKey, String apiSecret, @Nullable String label,
                    @Nullable String passphrase) implements LinkRequest {
        /** Keys without a passphrase (Binance, Bybit, Kraken; OKX, KuCoin and Coinbase need one). */
        public Exchange(String exchange, String apiKey, String apiSecret, @Nullable String label) {
            this(exchange, apiKey, apiSecret, label, null);
        }

        @Override
        public String toString() {
            return "Exchange[exchange=" + exchange + ", label=" + label + ", keys=(hidden)]";
        }
    }

    /** An MetaTrader 5 terminal, linked by a token the Expert Advisor presents. */
    record Mt5(@Nullable String label) implements LinkRequest {
    }
}
