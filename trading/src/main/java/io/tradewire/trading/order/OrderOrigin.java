package io.tradewire.trading.order;

/** Who asked for an order: a provider's signal, a subscriber's emergency stop, or a subscriber closing by hand. */
public enum OrderOrigin {
    SIGNAL, EMERGENCY_STOP, MANUAL
}
