package io.tradewire.trading.venue.paper;

import io.micronaut.context.annotation.Context;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueAccountRepository;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.order.FillRepository;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.position.PositionRepository;
import io.tradewire.trading.price.PriceBook;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.VenuePosition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The zero-setup venue, with its own durable order book ({@code paper_orders}, one row per
 * client order id, so {@link #query} answers from the venue's side and a repeated id returns
 * what the first did). A market order fills at once at the latest ticker price, or the
 * signal's own price when no ticker is known. A LIMIT or STOP order is checked against the
 * ticker: if the ticker already reaches it, it fills at once at the ticker; otherwise (or with
 * no ticker at all) it rests until a {@link io.tradewire.trading.price.PriceTick} crosses it
 * ({@link PaperMatcher}): a limit then fills at its limit, a stop at the price that crossed it.
 * A reduce-only order never fills for more than the position it reduces.
 */
@Context
class PaperVenue implements Venue {
    private final PriceBook prices;
    private final FillRepository fills;
    private final PaperConfig config;
    private final PositionRepository positions;
    private final VenueAccountRepository accounts;
    private final PaperOrderRepository book;
    private final Clock clock;

    PaperVenue(PriceBook prices, FillRepository fills, PaperConfig config, PositionRepository positions,
               VenueAccountRepository accounts, PaperOrderRepository book, Clock clock) {
        this.positions = positions;
        this.accounts = accounts;
        this.prices = prices;
        this.fills = fills;
        this.config = config;
        this.book = book;
        this.clock = clock;
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
    public boolean nativeExits() {
        return config.isNativeExits();
    }

    @Override
    public Placement place(VenueOrder order) {
        Optional<PaperOrder> known = book.findByClientOrderId(order.clientOrderId());
        if (known.isPresent()) {
            return placement(known.get());
        }
        var legacy = fills.findFirstByClientOrderId(order.clientOrderId());
        if (legacy.isPresent()) {
            // filled before the paper book existed
            var f = legacy.get();
            return new Placement.Filled(paperId(order.clientOrderId()), f.quantity(), f.price(), f.fee());
        }
        if (order.type() == OrderType.MARKET) {
            Optional<BigDecimal> price = prices.ticker(order.symbol())
                    .or(() -> Optional.ofNullable(order.referencePrice()))
                    .or(() -> prices.latest(order.symbol()));
            if (price.isEmpty()) {
                return new Placement.Rejected("no price is known for " + order.symbol()
                        + ": no ticker and the signal names no price", true);
            }
            return fill(store(order), price.get());
        }
        if (order.limitPrice() == null || order.limitPrice().signum() <= 0) {
            return new Placement.Rejected("a paper " + order.type().wire() + " order needs a price above 0", false);
        }
        PaperOrder resting = store(order);
        Optional<BigDecimal> ticker = prices.ticker(order.symbol());
        if (ticker.isPresent() && resting.crossedBy(ticker.get())) {
            // already reached: a marketable limit or a stop already through its trigger fills now
            return fill(resting, ticker.get());
        }
        return new Placement.Working(paperId(order.clientOrderId()));
    }

    @Override
    public Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price) {
        Optional<PaperOrder> locked = book.lock(clientOrderId);
        if (locked.isEmpty() || !locked.get().accountId().equals(accountId)) {
            return busyOrUnknown(accountId, clientOrderId);
        }
        PaperOrder o = locked.get();
        if (o.status() != PaperOrder.Status.WORKING) {
            return placement(o);
        }
        if ((quantity != null && quantity.signum() <= 0) || (price != null && price.signum() <= 0)) {
            return new Placement.Rejected("an amended quantity and price must be above 0", false);
        }
        BigDecimal q = quantity == null ? o.quantity() : quantity;
        BigDecimal p = price == null ? o.price() : price;
        book.amend(o.id(), q, p, clock.instant());
        PaperOrder amended = new PaperOrder(o.id(), o.accountId(), o.clientOrderId(), o.symbol(), o.side(), o.type(), q,
                p, o.reduceOnly(), o.status(), null, null, null, o.createdAt(), clock.instant());
        Optional<BigDecimal> ticker = prices.ticker(o.symbol());
        if (ticker.isPresent() && amended.crossedBy(ticker.get())) {
            return fill(amended, ticker.get());
        }
        return new Placement.Working(paperId(clientOrderId));
    }

    @Override
    public Placement cancel(Long accountId, String clientOrderId) {
        Optional<PaperOrder> locked = book.lock(clientOrderId);
        if (locked.isEmpty() || !locked.get().accountId().equals(accountId)) {
            return busyOrUnknown(accountId, clientOrderId);
        }
        PaperOrder o = locked.get();
        if (o.status() != PaperOrder.Status.WORKING) {
            return placement(o);
        }
        book.cancel(o.id(), "cancelled on request", clock.instant());
        return new Placement.Cancelled(paperId(clientOrderId), "cancelled on request");
    }

    @Override
    public Optional<Placement> query(Long accountId, String clientOrderId) {
        Optional<PaperOrder> known = book.findByClientOrderId(clientOrderId).filter(o -> o.accountId().equals(accountId));
        if (known.isPresent()) {
            return known.map(this::placement);
        }
        return fills.findFirstByClientOrderId(clientOrderId)
                .map(f -> new Placement.Filled(paperId(clientOrderId), f.quantity(), f.price(), f.fee()));
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

    /**
     * Fills a locked or just-stored order at {@code price}; a reduce-only order only for what the
     * position still holds on the other side (nothing left: it is cancelled instead).
     */
    Placement fill(PaperOrder o, BigDecimal price) {
        BigDecimal quantity = o.quantity();
        if (o.reduceOnly()) {
            BigDecimal held = positions.findByAccountIdAndSymbol(o.accountId(), o.symbol()).map(Position::quantity)
                    .orElse(BigDecimal.ZERO);
            BigDecimal reducible = (o.side() == Side.SELL ? held : held.negate()).max(BigDecimal.ZERO);
            if (reducible.signum() == 0) {
                String why = "reduce-only: no " + (o.side() == Side.SELL ? "long" : "short") + " position to reduce";
                book.cancel(o.id(), why, clock.instant());
                return new Placement.Cancelled(paperId(o.clientOrderId()), why);
            }
            quantity = quantity.min(reducible);
        }
        BigDecimal fee = quantity.multiply(price).multiply(config.getFeeRate(), MathContext.DECIMAL64);
        book.fill(o.id(), quantity, price, fee, clock.instant());
        return new Placement.Filled(paperId(o.clientOrderId()), quantity, price, fee);
    }

    private PaperOrder store(VenueOrder order) {
        return book.save(new PaperOrder(null, order.accountId(), order.clientOrderId(), order.symbol(), order.side(),
                order.type(), order.quantity(), order.type() == OrderType.MARKET ? null : order.limitPrice(),
                order.reduceOnly(), PaperOrder.Status.WORKING, null, null, null, clock.instant(), clock.instant()));
    }

    private Placement busyOrUnknown(Long accountId, String clientOrderId) {
        boolean exists = book.findByClientOrderId(clientOrderId).filter(o -> o.accountId().equals(accountId))
                .isPresent();
        return exists ? new Placement.Rejected("paper order " + clientOrderId + " is being worked right now", true)
                : new Placement.Rejected("no paper order " + clientOrderId, false);
    }

    private Placement placement(PaperOrder o) {
        String id = paperId(o.clientOrderId());
        return switch (o.status()) {
            case WORKING -> new Placement.Working(id);
            case FILLED -> new Placement.Filled(id, o.quantity(), o.fillPrice(), o.fee());
            case CANCELLED -> new Placement.Cancelled(id, o.reason());
        };
    }

    private static String paperId(String clientOrderId) {
        return "paper-" + clientOrderId;
    }
}
