package io.tradewire.trading.venue.paper;

import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.order.FillRepository;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.VenuePosition;
import io.micronaut.context.annotation.Context;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The zero-setup venue: market orders fill at once at the latest ticker price, or the signal's
 * own price when no ticker is known. A client order id that already filled returns that fill.
 */
@Context
class PaperVenue implements Venue {
    private final PriceBook prices;
    private final FillRepository fills;
    private final PaperConfig config;
    private final PositionRepository positions;
    private final VenueAccountRepository accounts;

    PaperVenue(PriceBook prices, FillRepository fills, PaperConfig config, PositionRepository positions,
               VenueAccountRepository accounts) {
        this.positions = positions;
        this.accounts = accounts;
        this.prices = prices;
        this.fills = fills;
        this.config = config;
        requirePositive("lot-step", config.getLotStep());
        if (config.getFeeRate().signum() < 0 || config.getFeeRate().compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tradewire.paper.fee-rate must be in [0, 1), got " + config.getFeeRate());
        }
        if (config.getMinNotional().signum() < 0 || config.getStartingBalance().signum() < 0) {
            throw new IllegalArgumentException("tradewire.paper.min-notional and starting-balance must not be negative");
        }
    }

    private static void requirePositive(String name, BigDecimal value) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("tradewire.paper." + name + " must be greater than 0, got " + value);
        }
    }

    @Override
    public VenueKind kind() {
        return VenueKind.PAPER;
    }

    @Override
    public InstrumentRules rules(String symbol) {
        return new InstrumentRules(symbol, config.getLotStep(), config.getLotStep(), config.getLotStep(),
                config.getMinNotional());
    }

    @Override
    public Placement place(VenueOrder order) {
        var earlier = fills.findFirstByClientOrderId(order.clientOrderId());
        if (earlier.isPresent()) {
            var f = earlier.get();
            return new Placement.Filled(paperId(order), f.quantity(), f.price(), f.fee());
        }
        Optional<BigDecimal> price = prices.ticker(order.symbol())
                .or(() -> Optional.ofNullable(order.referencePrice()))
                .or(() -> prices.latest(order.symbol()));
        if (price.isEmpty()) {
            return new Placement.Rejected("no price is known for " + order.symbol()
                    + ": no ticker and the signal names no price", true);
        }
        BigDecimal fee = order.quantity().multiply(price.get()).multiply(config.getFeeRate(), MathContext.DECIMAL64);
        return new Placement.Filled(paperId(order), order.quantity(), price.get(), fee);
    }

    @Override
    public boolean nativeExits() {
        return false;
    }

    @Override
    public Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price) {
        return query(accountId, clientOrderId).orElse(new Placement.Rejected("no paper order " + clientOrderId, false));
    }

    @Override
    public Placement cancel(Long accountId, String clientOrderId) {
        return query(accountId, clientOrderId).orElse(new Placement.Rejected("no paper order " + clientOrderId, false));
    }

    @Override
    public Optional<Placement> query(Long accountId, String clientOrderId) {
        return fills.findFirstByClientOrderId(clientOrderId)
                .map(f -> new Placement.Filled("paper-" + clientOrderId, f.quantity(), f.price(), f.fee()));
    }

    @Override
    public List<VenuePosition> positions(Long accountId) {
        return positions.findAllOrderById().stream().filter(p -> p.accountId().equals(accountId) && p.isOpen())
                .map(p -> new VenuePosition(p.symbol(), p.quantity(), p.averagePrice())).toList();
    }

    @Override
    public List<VenueBalance> balances(Long accountId) {
        return accounts.findById(accountId).map(a -> List.of(new VenueBalance(a.currency(), a.cash(), a.cash())))
                .orElse(List.of());
    }

    private static String paperId(VenueOrder order) {
        return "paper-" + order.clientOrderId();
    }
}
