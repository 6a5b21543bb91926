package io.tradewire.trading.price;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.signal.SignalRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/** Latest known prices: a ticker's when one has been seen, else the newest price a signal named. */
@Singleton
public class PriceBook {
    private final MarketPriceRepository tickers;
    private final SignalRepository signals;
    private final Clock clock;

    PriceBook(MarketPriceRepository tickers, SignalRepository signals, Clock clock) {
        this.tickers = tickers;
        this.signals = signals;
        this.clock = clock;
    }

    /** The ticker price only (what a price-sanity check compares against). */
    public Optional<BigDecimal> ticker(String symbol) {
        return tickers.findById(symbol).map(MarketPrice::price);
    }

    /** The ticker price, or the newest price any signal named for the symbol. */
    public Optional<BigDecimal> latest(String symbol) {
        return ticker(symbol).or(() -> signals.findLatestNamedPrice(symbol));
    }

    public void update(String symbol, BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            throw new InvalidInputException("price", "price must be greater than 0, got " + price);
        }
        tickers.upsert(symbol, price, clock.instant());
    }
}
