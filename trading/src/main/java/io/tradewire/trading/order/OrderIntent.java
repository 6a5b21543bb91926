package io.tradewire.trading.order;

/** Whether an order opens (or adds to) a position or closes (part of) one. */
public enum OrderIntent {
    OPEN, CLOSE
}
