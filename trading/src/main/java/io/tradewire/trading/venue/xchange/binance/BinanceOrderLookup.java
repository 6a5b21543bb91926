package io.tradewire.trading.venue.xchange.binance;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.knowm.xchange.binance.BinanceAuthenticated;
import org.knowm.xchange.binance.dto.BinanceException;
import org.knowm.xchange.binance.dto.trade.BinanceCancelledOrder;
import org.knowm.xchange.binance.dto.trade.BinanceOrder;
import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.SynchronizedValueFactory;

import java.io.IOException;

/**
 * The two Binance calls XChange 5.2.1 cannot make by client order id alone: its own
 * {@code orderStatus} and {@code cancelOrder} take a primitive {@code orderId}, so a lookup by
 * {@code origClientOrderId} would also send an order id. Same endpoints, same signing (the
 * module's {@code BinanceHmacDigest}), same DTOs and error type, built by XChange's proxy builder.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface BinanceOrderLookup {
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
