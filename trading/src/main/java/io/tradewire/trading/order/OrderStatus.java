package io.tradewire.trading.order;

public enum OrderStatus {
    NEW, PLACED, FILLED, REJECTED, CANCELLED
}
