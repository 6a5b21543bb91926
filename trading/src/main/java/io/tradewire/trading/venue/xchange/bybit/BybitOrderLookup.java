package io.tradewire.trading.venue.xchange.bybit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.knowm.xchange.bybit.dto.BybitResult;
import org.knowm.xchange.bybit.dto.trade.BybitOrderResponse;
import org.knowm.xchange.bybit.dto.trade.details.BybitOrderDetail;
import org.knowm.xchange.bybit.dto.trade.details.BybitOrderDetails;
import org.knowm.xchange.bybit.service.BybitException;
import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.SynchronizedValueFactory;

import java.io.IOException;

import static org.knowm.xchange.bybit.service.BybitDigest.X_BAPI_API_KEY;
import static org.knowm.xchange.bybit.service.BybitDigest.X_BAPI_SIGN;
import static org.knowm.xchange.bybit.service.BybitDigest.X_BAPI_TIMESTAMP;

/**
 * The two Bybit v5 calls XChange 5.2.1's Bybit module cannot make as we need them: a lookup by
 * {@code orderLinkId} (the client order id; the module's takes the exchange's order id only), and
 * an order create with {@code marketUnit} (the module's payload lacks it, and Bybit reads a spot
 * market buy's qty in the quote coin unless told otherwise). Same endpoints, signed with the
 * module's {@code BybitDigest}, answering in the module's DTOs.
 */
@Path("/v5/order")
@Produces(MediaType.APPLICATION_JSON)
public interface BybitOrderLookup {
    @GET
    @Path("/realtime")
    BybitResult<BybitOrderDetails<BybitOrderDetail>> byLinkId(@HeaderParam(X_BAPI_API_KEY) String apiKey,
                                                               @HeaderParam(X_BAPI_SIGN) ParamsDigest signature,
                                                               @HeaderParam(X_BAPI_TIMESTAMP)
                                                               SynchronizedValueFactory<Long> timestamp,
                                                               @QueryParam("category") String category,
                                                               @QueryParam("orderLinkId") String orderLinkId)
            throws IOException, BybitException;

    @POST
    @Path("/create")
    @Consumes(MediaType.APPLICATION_JSON)
    BybitResult<BybitOrderResponse> create(@HeaderParam(X_BAPI_API_KEY) String apiKey,
                                           @HeaderParam(X_BAPI_SIGN) ParamsDigest signature,
                                           @HeaderParam(X_BAPI_TIMESTAMP) SynchronizedValueFactory<Long> timestamp,
                                           BybitCreateOrder payload)
            throws IOException, BybitException;
}
