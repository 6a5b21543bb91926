package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.venue.InstrumentRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A signal's symbol, however it is spelled, found among an exchange's listings, or not. */
class SymbolMapperTest {
    static Listing listing(String symbol, String base, String quote) {
        BigDecimal step = new BigDecimal("0.01");
        return new Listing(symbol, base, quote, new InstrumentRules(symbol, step, step, step, BigDecimal.ONE));
    }

    final SymbolMapper binance = new SymbolMapper(List.of(listing("BTCUSDT", "BTC", "USDT"),
            listing("ETHBTC", "ETH", "BTC"), listing("1INCHUSDT", "1INCH", "USDT")), "USDT");
    final SymbolMapper kraken = new SymbolMapper(List.of(listing("XBT/USD", "XBT", "USD"),
            listing("XBT/USDT", "XBT", "USDT")), "USDT");

    @Test
    void readsTheSpellingsSignalsUse() {
        for (String s : List.of("BTCUSDT", "BTC/USDT", "btc-usdt", "BTC_USDT", "#BTCUSDT", "BTC-PERP", "BTCUSDT.P",
                "BTCUSDT-PERP", "BTC")) {
            assertThat(binance.resolve(s)).as(s).map(Listing::exchangeSymbol).contains("BTCUSDT");
        }
        assertThat(binance.resolve("ETHBTC")).map(Listing::exchangeSymbol).contains("ETHBTC");
        assertThat(binance.resolve("1INCHUSDT")).map(Listing::exchangeSymbol).contains("1INCHUSDT");
    }

    @Test
    void matchesAnExchangesOwnNamesForACurrency() {
        assertThat(kraken.resolve("BTCUSD")).map(Listing::exchangeSymbol).contains("XBT/USD");
        assertThat(kraken.resolve("BTC-PERP")).map(Listing::exchangeSymbol).contains("XBT/USDT");
    }

    @Test
    void anUnlistedPairIsEmpty() {
        assertThat(binance.resolve("DOGEUSDT")).isEmpty();
        assertThat(binance.resolve("BTC/EUR")).isEmpty();
        assertThat(binance.resolve("")).isEmpty();
        assertThat(binance.resolve("A/B/C")).isEmpty();
    }
}
