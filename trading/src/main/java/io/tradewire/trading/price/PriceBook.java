package io.tradewire.trading.price;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.signal.SignalRepository;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Latest known prices: a ticker's when one has been seen, else the newest price a signal named.
 * A new ticker price is stored, then announced as a {@link PriceTick} so resting paper orders and
 * watched exits can react to it.
 */
@Singleton
public class PriceBook {
    private final MarketPriceRepository tickers;
    private final SignalRepository signals;
    private final ApplicationEventPublisher<PriceTick> ticks;
    private final Clock clock;

    PriceBook(MarketPriceRepository tickers, SignalRepository signals, ApplicationEventPublisher<PriceTick> ticks,
              Clock clock) {
        this.tickers = tickers;
        this.signals = signals;
        this.ticks = ticks;
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
        Instant at = clock.instant();
        tickers.upsert(symbol, price, at);
        ticks.publishEvent(new PriceTick(symbol, price, at));
    }
}
