package io.tradewire.trading.order;

/** Who asked for an order: a provider's signal, or a subscriber's emergency stop. */
public enum OrderOrigin {
    SIGNAL, EMERGENCY_STOP
}
