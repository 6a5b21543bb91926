package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.venue.Placement;
import io.tradewire.trading.venue.VenueBalance;

import java.util.List;
import java.util.Optional;

/**
 * One exchange account through its XChange module, split as XChange is: an implementation per
 * exchange family wraps the module's raw client and maps its answers. Methods may throw what
 * the module throws; {@link #failure} turns any such throwable into the engine's outcome, so the
 * venue never lets venue trouble escape. No method retries: the engine decides that, after it
 * has asked for the client order id.
 */
public interface ExchangeClient {
    /** The instruments the exchange lists, with their limits, read from its metadata. */
    List<Listing> listings() throws Exception;

    /** Sends the order with the client order id in the exchange's own field. */
    Placement place(ExchangeOrder order) throws Exception;

    /** The order the exchange holds under this client order id, or empty when it has none. */
    Optional<Placement> find(Listing listing, String clientOrderId) throws Exception;

    Placement cancel(Listing listing, String clientOrderId) throws Exception;

    List<VenueBalance> balances() throws Exception;

    /** One read-only call that proves the key works; says whether it may trade when the exchange tells. */
    AccessCheck checkAccess() throws Exception;

    /** True when stop-loss and take-profit orders of this exchange are sent as resting orders on it. */
    boolean nativeExits();

    /** The engine's outcome for a throwable of {@code action} ("place", "query", ...). */
    Placement failure(String action, Throwable error);
}
