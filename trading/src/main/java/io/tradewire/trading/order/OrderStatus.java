package io.tradewire.trading.order;

/**
 * Where an order (an execution job) stands. NEW is due to be sent; SENDING is held by a worker's
 * lease; PLACED rests on the venue; WATCHING is an exit the engine holds until its trigger;
 * the rest are final.
 */
public enum OrderStatus {
    NEW, SENDING, PLACED, WATCHING, FILLED, REJECTED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == FILLED || this == REJECTED || this == FAILED || this == CANCELLED;
    }
}
