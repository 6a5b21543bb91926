package io.tradewire.trading.venue.xchange.binance;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.knowm.xchange.binance.BinanceAuthenticated;
import org.knowm.xchange.binance.dto.BinanceException;
import org.knowm.xchange.binance.dto.trade.BinanceCancelledOrder;
import org.knowm.xchange.binance.dto.trade.BinanceNewOrder;
import org.knowm.xchange.binance.dto.trade.BinanceOrder;
import org.knowm.xchange.binance.dto.trade.OrderSide;
import org.knowm.xchange.binance.dto.trade.OrderType;
import org.knowm.xchange.binance.dto.trade.TimeInForce;
import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.SynchronizedValueFactory;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Binance's order endpoints as we call them. XChange 5.2.1's own proxy cannot serve: its
 * {@code orderStatus} and {@code cancelOrder} take a primitive {@code orderId}, so a lookup by
 * {@code origClientOrderId} alone is impossible, and its order answers fail to parse under
 * Jackson 2.21 (see {@link io.tradewire.trading.venue.xchange.LenientOrderFlags}). Same endpoints,
 * same signing (the module's {@code BinanceHmacDigest}), same DTOs and error type, built by
 * XChange's proxy builder with the lenient reader.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface BinanceOrders {
    @POST
    @Path("api/v3/order")
    BinanceNewOrder newOrder(@FormParam("symbol") String symbol, @FormParam("side") OrderSide side,
                             @FormParam("type") OrderType type, @FormParam("timeInForce") TimeInForce timeInForce,
                             @FormParam("quantity") BigDecimal quantity, @FormParam("price") BigDecimal price,
                             @FormParam("newClientOrderId") String newClientOrderId,
                             @FormParam("stopPrice") BigDecimal stopPrice,
                             @FormParam("newOrderRespType") BinanceNewOrder.NewOrderResponseType responseType,
                             @FormParam("recvWindow") Long recvWindow,
                             @FormParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                             @HeaderParam(BinanceAuthenticated.X_MBX_APIKEY) String apiKey,
                             @QueryParam(BinanceAuthenticated.SIGNATURE) ParamsDigest signature)
            throws IOException, BinanceException;

    @GET
    @Path("api/v3/order")
    BinanceOrder order(@QueryParam("symbol") String symbol, @QueryParam("origClientOrderId") String origClientOrderId,
                       @QueryParam("recvWindow") Long recvWindow,
                       @QueryParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                       @HeaderParam(BinanceAuthenticated.X_MBX_APIKEY) String apiKey,
                       @QueryParam(BinanceAuthenticated.SIGNATURE) ParamsDigest signature)
            throws IOException, BinanceException;

    @DELETE
    @Path("api/v3/order")
    BinanceCancelledOrder cancel(@QueryParam("symbol") String symbol,
                                 @QueryParam("origClientOrderId") String origClientOrderId,
                                 @QueryParam("recvWindow") Long recvWindow,
                                 @QueryParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                                 @HeaderParam(BinanceAuthenticated.X_MBX_APIKEY) String apiKey,
                                 @QueryParam(BinanceAuthenticated.SIGNATURE) ParamsDigest signature)
            throws IOException, BinanceException;
}
