package io.tradewire.trading.venue.xchange.generic;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.venue.InstrumentRules;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.xchange.AccessCheck;
import io.tradewire.trading.venue.xchange.ExchangeClient;
import io.tradewire.trading.venue.xchange.ExchangeOrder;
import io.tradewire.trading.venue.xchange.HttpFailures;
import io.tradewire.trading.venue.xchange.Listing;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.meta.InstrumentMetaData;
import org.knowm.xchange.dto.trade.LimitOrder;
import org.knowm.xchange.dto.trade.MarketOrder;
import org.knowm.xchange.exceptions.ExchangeSecurityException;
import org.knowm.xchange.exceptions.FundsExceededException;
import org.knowm.xchange.exceptions.OrderAmountUnderMinimumException;
import org.knowm.xchange.exceptions.RateLimitExceededException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any other XChange exchange (OKX, Kraken, Coinbase, KuCoin, ...) through the module's generic
 * services. The client order id travels as XChange's {@code userReference}, which each module
 * maps to its exchange's field where it has one. The generic API cannot look an order up by
 * client order id, so {@link #find} only sees open orders; for anything else it answers Unknown,
 * never "not there": after a timeout the engine then gives up rather than risk a second order.
 */
public final class GenericClient implements ExchangeClient {
    private static final BigDecimal FINEST = new BigDecimal("0.00000001");

    private final String name;
    private final Exchange exchange;
    private final Duration defaultRetryAfter;

    public GenericClient(String name, Exchange exchange, Duration defaultRetryAfter) {
        this.name = name;
        this.exchange = exchange;
        this.defaultRetryAfter = defaultRetryAfter;
    }

    @Override
    public List<Listing> listings() throws Exception {
        exchange.remoteInit();
        List<Listing> out = new ArrayList<>();
        exchange.getExchangeMetaData().getInstruments().forEach((instrument, meta) -> {
            if (instrument instanceof CurrencyPair pair) {
                out.add(new Listing(pair.toString(), pair.getBase().getCurrencyCode(),
                        pair.getCounter().getCurrencyCode(), rules(pair.toString(), meta)));
            }
        });
        return out;
    }

    @Override
    public Placement place(ExchangeOrder o) throws Exception {
        Order.OrderType side = o.side() == Side.BUY ? Order.OrderType.BID : Order.OrderType.ASK;
        String id = switch (o.type()) {
            case MARKET -> exchange.getTradeService().placeMarketOrder(new MarketOrder.Builder(side, o.listing().pair())
                    .originalAmount(o.quantity()).userReference(o.clientOrderId()).build());
            case LIMIT -> exchange.getTradeService().placeLimitOrder(new LimitOrder.Builder(side, o.listing().pair())
                    .originalAmount(o.quantity()).limitPrice(o.price()).userReference(o.clientOrderId()).build());
            case STOP -> null;
        };
        if (id == null) {
            return new Placement.Rejected(name + ": stop entry orders are not supported on this exchange yet", false);
        }
        if (o.type() == OrderType.LIMIT) {
            return new Placement.Working(id);
        }
        // a market order's fill is not in the generic answer: read the order back by its exchange id
        try {
            for (Order known : exchange.getTradeService().getOrder(id)) {
                if (known.getStatus() == Order.OrderStatus.FILLED && known.getAveragePrice() != null) {
                    return new Placement.Filled(id, known.getCumulativeAmount(), known.getAveragePrice(),
                            known.getFee() == null ? BigDecimal.ZERO : known.getFee());
                }
            }
        } catch (Exception e) {
            // reported below: accepted, state unknown
        }
        return new Placement.Unknown(name + " accepted market order " + id + " but its fill could not be read");
    }

    @Override
    public Optional<Placement> find(Listing listing, String clientOrderId) throws Exception {
        for (var open : exchange.getTradeService().getOpenOrders().getOpenOrders()) {
            if (clientOrderId.equals(open.getUserReference())) {
                return Optional.of(new Placement.Working(open.getId()));
            }
        }
        return Optional.of(new Placement.Unknown(name + "'s XChange module cannot look up a filled or closed order by"
                + " client order id; check the exchange before sending it again"));
    }

    @Override
    public Placement cancel(Listing listing, String clientOrderId) throws Exception {
        for (var open : exchange.getTradeService().getOpenOrders().getOpenOrders()) {
            if (clientOrderId.equals(open.getUserReference())) {
                boolean done = exchange.getTradeService().cancelOrder(open.getId());
                return done ? new Placement.Cancelled(open.getId(), "cancelled on " + name)
                        : new Placement.Rejected(name + " did not cancel order " + open.getId(), true);
            }
        }
        return new Placement.Rejected(name + ": no open order " + clientOrderId, false);
    }

    @Override
    public List<VenueBalance> balances() throws Exception {
        List<VenueBalance> out = new ArrayList<>();
        for (var wallet : exchange.getAccountService().getAccountInfo().getWallets().values()) {
            wallet.getBalances().forEach((currency, b) -> {
                if (b.getTotal().signum() != 0) {
                    out.add(new VenueBalance(currency.getCurrencyCode(), b.getTotal(), b.getAvailable()));
                }
            });
        }
        return out;
    }

    @Override
    public AccessCheck checkAccess() throws Exception {
        try {
            exchange.getAccountService().getAccountInfo();
            return new AccessCheck(true, null, name + " accepted the key");
        } catch (ExchangeSecurityException e) {
            return new AccessCheck(false, null, name + " refused the key: " + HttpFailures.clean(e.getMessage()));
        }
    }

    @Override
    public boolean nativeExits() {
        return false;
    }

    @Override
    public Placement failure(String action, Throwable e) {
        String msg = name + ": " + HttpFailures.clean(e.getMessage());
        return switch (e) {
            case RateLimitExceededException r -> new Placement.RateLimited(msg, defaultRetryAfter);
            case FundsExceededException f -> new Placement.Rejected(msg, false);
            case OrderAmountUnderMinimumException m -> new Placement.Rejected(msg, false);
            case ExchangeSecurityException s -> new Placement.Rejected(msg, false);
            default -> HttpFailures.map(name, action, e, defaultRetryAfter);
        };
    }

    private static InstrumentRules rules(String symbol, InstrumentMetaData m) {
        BigDecimal tick = m.getPriceStepSize() != null ? m.getPriceStepSize()
                : m.getPriceScale() != null ? BigDecimal.ONE.movePointLeft(m.getPriceScale()) : FINEST;
        BigDecimal step = m.getAmountStepSize() != null ? m.getAmountStepSize()
                : m.getVolumeScale() != null ? BigDecimal.ONE.movePointLeft(m.getVolumeScale()) : FINEST;
        BigDecimal min = m.getMinimumAmount() == null ? BigDecimal.ZERO : m.getMinimumAmount();
        BigDecimal notional = m.getCounterMinimumAmount() == null ? BigDecimal.ZERO : m.getCounterMinimumAmount();
        return new InstrumentRules(symbol, tick, step, min, notional);
    }
}
