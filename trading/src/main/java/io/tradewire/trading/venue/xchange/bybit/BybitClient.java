package io.tradewire.trading.venue.xchange.bybit;

import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueBalance;
import io.tradewire.trading.venue.xchange.AccessCheck;
import io.tradewire.trading.venue.xchange.ExchangeClient;
import io.tradewire.trading.venue.xchange.ExchangeOrder;
import io.tradewire.trading.venue.xchange.HttpFailures;
import io.tradewire.trading.venue.xchange.Listing;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.bybit.dto.BybitCategory;
import org.knowm.xchange.bybit.dto.BybitResult;
import org.knowm.xchange.bybit.dto.account.walletbalance.BybitAccountType;
import org.knowm.xchange.bybit.dto.trade.details.BybitOrderDetail;
import org.knowm.xchange.bybit.service.BybitAccountServiceRaw;
import org.knowm.xchange.bybit.service.BybitDigest;
import org.knowm.xchange.bybit.service.BybitException;
import org.knowm.xchange.bybit.service.BybitJacksonObjectMapperFactory;
import org.knowm.xchange.bybit.service.BybitMarketDataServiceRaw;
import org.knowm.xchange.bybit.service.BybitTradeServiceRaw;
import org.knowm.xchange.client.ExchangeRestProxyBuilder;
import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.SynchronizedValueFactory;
import org.knowm.xchange.utils.nonce.CurrentTimeIncrementalNonceFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Bybit unified-account spot account through XChange's Bybit module (v5 API): instruments,
 * wallet balance and cancel through the module's raw services; create and lookup by
 * {@code orderLinkId} through {@link BybitOrderLookup}. The engine's client order id is the
 * {@code orderLinkId}.
 */
public final class BybitClient implements ExchangeClient {
    private final BybitExchange exchange;
    private final BybitOrderLookup orders;
    private final ParamsDigest signer;
    private final String apiKey;
    private final SynchronizedValueFactory<Long> timestamps = new CurrentTimeIncrementalNonceFactory(
            TimeUnit.MILLISECONDS);
    private final Duration defaultRetryAfter;

    public BybitClient(BybitExchange exchange, Duration defaultRetryAfter) {
        this.exchange = exchange;
        this.orders = ExchangeRestProxyBuilder.forInterface(BybitOrderLookup.class, exchange.getExchangeSpecification())
                .clientConfigCustomizer(c -> c.setJacksonObjectMapperFactory(new BybitJacksonObjectMapperFactory()))
                .build();
        this.signer = BybitDigest.createInstance(exchange.getExchangeSpecification().getSecretKey());
        this.apiKey = exchange.getExchangeSpecification().getApiKey();
        this.defaultRetryAfter = defaultRetryAfter;
    }

    @Override
    public List<Listing> listings() throws Exception {
        return BybitMappers.listings(((BybitMarketDataServiceRaw) exchange.getMarketDataService())
                .getInstrumentsInfo(BybitCategory.SPOT).getResult().getList());
    }

    @Override
    public Placement place(ExchangeOrder o) throws Exception {
        if (o.type() == OrderType.STOP) {
            return new Placement.Rejected("bybit: stop entry orders are not supported on this venue yet", false);
        }
        boolean market = o.type() == OrderType.MARKET;
        var payload = new BybitCreateOrder("spot", o.listing().exchangeSymbol(), o.side() == Side.BUY ? "Buy" : "Sell",
                market ? "Market" : "Limit", o.quantity().toPlainString(),
                market ? null : o.price().toPlainString(), market ? "IOC" : "GTC", market ? "baseCoin" : null,
                o.clientOrderId());
        try {
            check(orders.create(apiKey, signer, timestamps, payload));
        } catch (BybitException e) {
            if (BybitMappers.isDuplicate(e)) {
                return find(o.listing(), o.clientOrderId()).orElse(failure("place", e));
            }
            throw e;
        }
        // a create answers with ids only: read the order back for its fill
        try {
            return find(o.listing(), o.clientOrderId()).orElse(new Placement.Unknown(
                    "bybit accepted " + o.clientOrderId() + " but does not show it yet"));
        } catch (Exception e) {
            return new Placement.Unknown("bybit accepted " + o.clientOrderId() + "; reading its state failed: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<Placement> find(Listing listing, String clientOrderId) throws Exception {
        var result = check(orders.byLinkId(apiKey, signer, timestamps, "spot", clientOrderId)).getResult();
        List<BybitOrderDetail> found = result == null || result.getList() == null ? List.of() : result.getList();
        return found.stream().findFirst().map(BybitMappers::state);
    }

    @Override
    public Placement cancel(Listing listing, String clientOrderId) throws Exception {
        try {
            var r = ((BybitTradeServiceRaw) exchange.getTradeService()).cancelOrder(BybitCategory.SPOT,
                    listing.exchangeSymbol(), null, clientOrderId);
            return new Placement.Cancelled(r.getResult().getOrderId(), "cancelled on bybit");
        } catch (BybitException e) {
            Optional<Placement> now = find(listing, clientOrderId);
            if (now.isPresent()) {
                return now.get();
            }
            throw e;
        }
    }

    @Override
    public List<VenueBalance> balances() throws Exception {
        var wallet = ((BybitAccountServiceRaw) exchange.getAccountService())
                .getWalletBalances(BybitAccountType.UNIFIED).getResult();
        List<VenueBalance> out = new ArrayList<>();
        for (var account : wallet.getList()) {
            for (var coin : account.getCoin()) {
                var total = new java.math.BigDecimal(coin.getWalletBalance());
                var locked = coin.getLocked() == null || coin.getLocked().isBlank() ? java.math.BigDecimal.ZERO
                        : new java.math.BigDecimal(coin.getLocked());
                if (total.signum() != 0) {
                    out.add(new VenueBalance(coin.getCoin(), total, total.subtract(locked)));
                }
            }
        }
        return out;
    }

    @Override
    public AccessCheck checkAccess() throws Exception {
        try {
            balances();
            // Bybit tells a key's permissions only through an endpoint the module lacks
            return new AccessCheck(true, null, "bybit accepted the key");
        } catch (BybitException e) {
            if (BybitMappers.isBadKey(e)) {
                return new AccessCheck(false, null, "bybit refused the key: " + e.getRetMsg() + " (retCode "
                        + e.getRetCode() + ")");
            }
            throw e;
        }
    }

    @Override
    public boolean nativeExits() {
        return false;
    }

    @Override
    public Placement failure(String action, Throwable error) {
        Throwable e = error;
        while (!(e instanceof BybitException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof BybitException b) {
            return BybitMappers.error(b, action, defaultRetryAfter);
        }
        return HttpFailures.map(BybitMappers.NAME, action, error, defaultRetryAfter);
    }

    private static <T> BybitResult<T> check(BybitResult<T> result) {
        if (!result.isSuccess()) {
            throw new BybitException(result.getRetCode(), result.getRetMsg(), result.getRetExtInfo());
        }
        return result;
    }
}
