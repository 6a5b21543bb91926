package io.tradewire.config.localexchange;

import java.math.BigDecimal;

/**
 * A pair the local exchange lists, with the limits it enforces and the price its market orders
 * fill at. {@code symbol} is the Binance spelling (BTCUSDT); Bybit spells it the same.
 */
public record LocalInstrument(String base, String quote, BigDecimal tickSize, BigDecimal lotStep,
                              BigDecimal minQuantity, BigDecimal minNotional, BigDecimal price) {
    public String symbol() {
        return base + quote;
    }

    /** The default list: BTC, ETH and SOL against USDT, with Binance-like limits (minimum notional 5 USDT). */
    public static java.util.List<LocalInstrument> defaults() {
        return java.util.List.of(
                new LocalInstrument("BTC", "USDT", new BigDecimal("0.01"), new BigDecimal("0.00001"),
                        new BigDecimal("0.00001"), new BigDecimal("5"), new BigDecimal("40000")),
                new LocalInstrument("ETH", "USDT", new BigDecimal("0.01"), new BigDecimal("0.0001"),
                        new BigDecimal("0.0001"), new BigDecimal("5"), new BigDecimal("2000")),
                new LocalInstrument("SOL", "USDT", new BigDecimal("0.01"), new BigDecimal("0.001"),
                        new BigDecimal("0.001"), new BigDecimal("5"), new BigDecimal("100")));
    }
}
