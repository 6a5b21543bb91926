package io.tradewire.trading.venue.sim;

import java.math.BigDecimal;
import java.util.List;

/** The simulated venue's own record of the orders it accepted (every one, duplicates too). */
interface SimBook {
    void add(SimOrder order);

    List<SimOrder> find(String clientOrderId);

    List<SimOrder> forAccount(Long accountId);

    long size();

    /** Orders whose client order id was accepted more than once, counted beyond the first. */
    long duplicates();

    record SimOrder(Long accountId, String clientOrderId, String symbol, String side, BigDecimal quantity,
                    BigDecimal price) {
    }
}
