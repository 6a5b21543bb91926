package io.tradewire.trading.venue.xchange.binance;

import io.tradewire.nlp.Side;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.xchange.AccessCheck;
import io.tradewire.trading.venue.xchange.ExchangeClient;
import io.tradewire.trading.venue.xchange.ExchangeOrder;
import io.tradewire.trading.venue.xchange.HttpFailures;
import io.tradewire.trading.venue.xchange.LenientOrderFlags;
import io.tradewire.trading.venue.xchange.Listing;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.binance.dto.BinanceException;
import org.knowm.xchange.binance.dto.account.BinanceAccountInformation;
import org.knowm.xchange.binance.dto.account.BinanceBalance;
import org.knowm.xchange.binance.dto.trade.BinanceNewOrder;
import org.knowm.xchange.binance.dto.trade.OrderSide;
import org.knowm.xchange.binance.dto.trade.OrderType;
import org.knowm.xchange.binance.dto.trade.TimeInForce;
import org.knowm.xchange.binance.service.BinanceAccountServiceRaw;
import org.knowm.xchange.binance.service.BinanceHmacDigest;
import org.knowm.xchange.binance.service.BinanceMarketDataServiceRaw;
import org.knowm.xchange.binance.service.BinanceTradeServiceRaw;
import org.knowm.xchange.client.ExchangeRestProxyBuilder;
import si.mazi.rescu.ParamsDigest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Binance spot account through XChange's Binance module: exchange info and account through
 * the module's raw services; new orders, lookup and cancel by client order id through
 * {@link BinanceOrders} (the module's DTOs and signing). The engine's client order id goes in
 * {@code newClientOrderId}.
 */
public final class BinanceClient implements ExchangeClient {
    private final BinanceExchange exchange;
    private final BinanceOrders orders;
    private final ParamsDigest signer;
    private final String apiKey;
    private final Duration defaultRetryAfter;

    public BinanceClient(BinanceExchange exchange, Duration defaultRetryAfter) {
        this.exchange = exchange;
        this.orders = ExchangeRestProxyBuilder.forInterface(BinanceOrders.class, exchange.getExchangeSpecification())
                .clientConfigCustomizer(c -> c.setJacksonObjectMapperFactory(new LenientOrderFlags())).build();
        this.signer = BinanceHmacDigest.createInstance(exchange.getExchangeSpecification().getSecretKey());
        this.apiKey = exchange.getExchangeSpecification().getApiKey();
        this.defaultRetryAfter = defaultRetryAfter;
    }

    @Override
    public List<Listing> listings() throws Exception {
        return BinanceMappers.listings(((BinanceMarketDataServiceRaw) exchange.getMarketDataService())
                .getExchangeInfo());
    }

    @Override
    public Placement place(ExchangeOrder o) throws Exception {
        OrderType type = switch (o.type()) {
            case MARKET -> OrderType.MARKET;
            case LIMIT -> OrderType.LIMIT;
            case STOP -> OrderType.STOP_LOSS; // a stop entry: a market order once the trigger trades
        };
        try {
            BinanceNewOrder answer = orders.newOrder(o.listing().exchangeSymbol(),
                    o.side() == Side.BUY ? OrderSide.BUY : OrderSide.SELL, type,
                    type == OrderType.LIMIT ? TimeInForce.GTC : null, o.quantity(),
                    type == OrderType.LIMIT ? o.price() : null, o.clientOrderId(),
                    type == OrderType.STOP_LOSS ? o.price() : null, BinanceNewOrder.NewOrderResponseType.FULL,
                    trade().getRecvWindow(), exchange.getTimestampFactory(), apiKey, signer);
            return BinanceMappers.placed(answer, o.listing().quote(), o.listing().base());
        } catch (BinanceException e) {
            if (BinanceMappers.isDuplicate(e)) {
                // the id is already on the book: report that order, never a second one
                return find(o.listing(), o.clientOrderId()).orElse(failure("place", e));
            }
            throw e;
        }
    }

    @Override
    public Optional<Placement> find(Listing listing, String clientOrderId) throws Exception {
        try {
            return Optional.of(BinanceMappers.state(orders.order(listing.exchangeSymbol(), clientOrderId,
                    trade().getRecvWindow(), exchange.getTimestampFactory(), apiKey, signer)));
        } catch (BinanceException e) {
            if (BinanceMappers.isUnknownOrder(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Placement cancel(Listing listing, String clientOrderId) throws Exception {
        try {
            var c = orders.cancel(listing.exchangeSymbol(), clientOrderId, trade().getRecvWindow(),
                    exchange.getTimestampFactory(), apiKey, signer);
            return new Placement.Cancelled(Long.toString(c.orderId), "cancelled on binance");
        } catch (BinanceException e) {
            if (BinanceMappers.isUnknownOrder(e)) {
                // filled or already cancelled: report what it is now
                return find(listing, clientOrderId).orElse(new Placement.Rejected("binance: unknown order "
                        + clientOrderId, false));
            }
            throw e;
        }
    }

    @Override
    public List<VenueBalance> balances() throws Exception {
        BinanceAccountInformation info = account().account();
        List<VenueBalance> out = new ArrayList<>();
        for (BinanceBalance b : info.balances == null ? List.<BinanceBalance>of() : info.balances) {
            if (b.getTotal().signum() != 0) {
                out.add(new VenueBalance(b.getCurrency().getCurrencyCode(), b.getTotal(), b.getAvailable()));
            }
        }
        return out;
    }

    @Override
    public AccessCheck checkAccess() throws Exception {
        try {
            BinanceAccountInformation info = account().account();
            return new AccessCheck(true, info.canTrade, info.canTrade ? "binance accepted the key"
                    : "binance accepted the key, but it has no trade permission (enable Spot Trading on the key)");
        } catch (BinanceException e) {
            if (BinanceMappers.isBadKey(e)) {
                return new AccessCheck(false, null, "binance refused the key: " + HttpFailures.clean(e.getMessage())
                        + " (code " + e.getCode() + ")");
            }
            throw e;
        }
    }

    @Override
    public boolean nativeExits() {
        // Binance spot has STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT and OCO, but the engine does not send
        // exit legs to venues yet: its price watcher sends them, so we say so
        return false;
    }

    @Override
    public Placement failure(String action, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof BinanceException) && e.getCause() != e) {
            if (e instanceof si.mazi.rescu.HttpStatusException) {
                break;
            }
            e = e.getCause();
        }
        if (e instanceof BinanceException b) {
            return BinanceMappers.error(b, action, defaultRetryAfter);
        }
        return HttpFailures.map(BinanceMappers.NAME, action, error, defaultRetryAfter);
    }

    private BinanceTradeServiceRaw trade() {
        return (BinanceTradeServiceRaw) exchange.getTradeService();
    }

    private BinanceAccountServiceRaw account() {
        return (BinanceAccountServiceRaw) exchange.getAccountService();
    }
}
