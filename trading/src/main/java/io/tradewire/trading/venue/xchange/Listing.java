package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.venue.InstrumentRules;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * One instrument an exchange lists, from its own metadata: its symbol in the exchange's
 * spelling (BTCUSDT, BTC-USDT), the pair, and its limits. {@code rules.symbol()} is the
 * exchange's symbol.
 */
public record Listing(String exchangeSymbol, String base, String quote, InstrumentRules rules) {
    public CurrencyPair pair() {
        return new CurrencyPair(base, quote);
    }
}
