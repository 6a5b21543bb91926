package io.tradewire.trading.venue.xchange;

import io.micronaut.context.annotation.Requires;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.account.VenueKind;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.order.OrderRepository;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.Venue;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.VenueOrder;
import io.tradewire.trading.venue.VenuePosition;
import io.tradewire.trading.venue.keys.KeyVaultException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The exchange venue: every account on its own exchange through XChange, routed per account by
 * {@link ExchangeSessions}. This is the venue edge: the signal's symbol is mapped to the
 * exchange's pair, the quantity floored to its lot step and the price to its tick, and an order
 * on an unlisted pair or below the exchange's minimum quantity or notional is refused here with
 * the numbers, before anything is sent. Nothing here retries: one call, one answer.
 */
@Singleton
@Requires(property = "tradewire.xchange.enabled", notEquals = "false")
public class XChangeVenue implements Venue {
    private static final Logger LOG = LoggerFactory.getLogger(XChangeVenue.class);
    private static final BigDecimal FINEST = new BigDecimal("0.00000001");

    private final ExchangeSessions sessions;
    private final OrderRepository orders;

    XChangeVenue(ExchangeSessions sessions, OrderRepository orders, XChangeConfig config) {
        if (config.getRulesRefresh().isNegative() || config.getRulesRefresh().isZero()) {
            throw new IllegalArgumentException("tradewire.xchange.rules-refresh must be positive, got "
                    + config.getRulesRefresh());
        }
        if (config.getReadTimeout().isNegative() || config.getConnectTimeout().isNegative()) {
            throw new IllegalArgumentException("tradewire.xchange.read-timeout and connect-timeout must not be negative");
        }
        DefaultBaseUrls.check(config);
        this.sessions = sessions;
        this.orders = orders;
    }

    @Override
    public VenueKind kind() {
        return VenueKind.XCHANGE;
    }

    /**
     * Without an account the exchange is unknown: the finest steps and no minimum. The real
     * limits come from {@link #instrument} and are enforced again in {@link #place}.
     */
    @Override
    public InstrumentRules rules(String symbol) {
        return new InstrumentRules(symbol, FINEST, FINEST, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Override
    public Optional<InstrumentRules> instrument(Long accountId, String symbol) {
        try {
            return sessions.symbols(sessions.get(accountId)).resolve(symbol).map(Listing::rules);
        } catch (Exception e) {
            // the exchange could not be asked: let the order go to place(), which checks again and says why
            LOG.warn("instrument rules unavailable account={} symbol={} error={}", accountId, symbol,
                    e.getClass().getSimpleName());
            return Optional.of(rules(symbol));
        }
    }

    @Override
    public boolean nativeExits() {
        return false;
    }

    @Override
    public Placement place(VenueOrder order) {
        ExchangeSessions.Session s;
        try {
            s = sessions.get(order.accountId());
        } catch (ExchangeSessions.AccountNotReady | KeyVaultException | IllegalArgumentException e) {
            return new Placement.Rejected(e.getMessage(), false);
        }
        Listing listing;
        try {
            listing = sessions.symbols(s).resolve(order.symbol()).orElse(null);
        } catch (Exception e) {
            return s.client().failure("instrument list", e);
        }
        if (listing == null) {
            return new Placement.Rejected(s.module().name() + " does not list " + order.symbol() + " ("
                    + s.market().name().toLowerCase() + ")", false);
        }
        InstrumentRules rules = listing.rules();
        BigDecimal quantity = rules.floorQuantity(order.quantity());
        BigDecimal price = roundPrice(order.limitPrice(), rules.tickSize(), order.side(), order.type());
        if (order.type() != OrderType.MARKET && price == null) {
            return new Placement.Rejected("a " + order.type().wire() + " order needs a price", false);
        }
        BigDecimal valuedAt = price != null ? price : order.referencePrice();
        String why = quantity.signum() == 0
                ? "quantity " + order.quantity().toPlainString() + " is less than one lot step " + rules.lotStep()
                .toPlainString()
                : valuedAt != null ? rules.whyNotTradable(quantity, valuedAt)
                : quantity.compareTo(rules.minQuantity()) < 0
                ? "quantity " + quantity.toPlainString() + " is below the minimum " + rules.minQuantity().toPlainString()
                : null;
        if (why != null) {
            return new Placement.Rejected(s.module().name() + " " + listing.exchangeSymbol() + ": " + why, false);
        }
        try {
            return s.client().place(new ExchangeOrder(listing, order.clientOrderId(), order.side(), order.type(),
                    quantity, price, order.reduceOnly()));
        } catch (Exception e) {
            return s.client().failure("order", e);
        }
    }

    @Override
    public Optional<Placement> query(Long accountId, String clientOrderId) {
        Optional<Order> known = orders.findByClientOrderId(clientOrderId);
        if (known.isEmpty()) {
            return Optional.empty(); // the engine writes the order before it sends it: no row, never sent
        }
        ExchangeSessions.Session s;
        try {
            s = sessions.get(accountId);
        } catch (ExchangeSessions.AccountNotReady | KeyVaultException | IllegalArgumentException e) {
            return Optional.of(new Placement.Rejected(e.getMessage(), false));
        }
        try {
            Optional<Listing> listing = sessions.symbols(s).resolve(known.get().symbol());
            if (listing.isEmpty()) {
                return Optional.empty(); // an unlisted pair is refused before sending
            }
            return s.client().find(listing.get(), clientOrderId);
        } catch (Exception e) {
            Placement p = s.client().failure("order lookup", e);
            return Optional.of(p instanceof Placement.Rejected r && !r.retryable() ? p
                    : new Placement.Unknown("could not ask " + s.module().name() + ": " + describe(p)));
        }
    }

    @Override
    public Placement amend(Long accountId, String clientOrderId, BigDecimal quantity, BigDecimal price) {
        return new Placement.Rejected("the exchange venue does not amend orders; cancel and place again", false);
    }

    @Override
    public Placement cancel(Long accountId, String clientOrderId) {
        Optional<Order> known = orders.findByClientOrderId(clientOrderId);
        if (known.isEmpty()) {
            return new Placement.Rejected("unknown order " + clientOrderId, false);
        }
        try {
            ExchangeSessions.Session s = sessions.get(accountId);
            Optional<Listing> listing = sessions.symbols(s).resolve(known.get().symbol());
            if (listing.isEmpty()) {
                return new Placement.Rejected(s.module().name() + " does not list " + known.get().symbol(), false);
            }
            try {
                return s.client().cancel(listing.get(), clientOrderId);
            } catch (Exception e) {
                return s.client().failure("cancel", e);
            }
        } catch (Exception e) {
            return new Placement.Rejected("cannot cancel " + clientOrderId + ": " + e.getMessage(), true);
        }
    }

    /** A spot account holds currencies, not positions: they are in {@link #balances}. */
    @Override
    public List<VenuePosition> positions(Long accountId) {
        return List.of();
    }

    @Override
    public List<VenueBalance> balances(Long accountId) {
        try {
            return sessions.get(accountId).client().balances();
        } catch (Exception e) {
            LOG.warn("balances unavailable account={} error={}", accountId, e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** To the tick, never to a worse price than asked: a buy limit rounds down, a sell limit up. */
    static BigDecimal roundPrice(BigDecimal price, BigDecimal tick, Side side, OrderType type) {
        if (price == null) {
            return null;
        }
        RoundingMode mode = type == OrderType.STOP ? RoundingMode.HALF_UP
                : side == Side.BUY ? RoundingMode.DOWN : RoundingMode.UP;
        return price.divide(tick, 0, mode).multiply(tick).stripTrailingZeros();
    }

    private static String describe(Placement p) {
        return switch (p) {
            case Placement.Rejected r -> r.reason();
            case Placement.RateLimited r -> r.reason();
            case Placement.Unknown u -> u.reason();
            case Placement.Held h -> h.reason();
            default -> p.getClass().getSimpleName();
        };
    }
}
