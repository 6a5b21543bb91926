package io.tradewire.trading.inbox;

/** How far a raw message has come. */
public enum InboxStatus {
    RECEIVED, PARSED, UNROUTED
}
