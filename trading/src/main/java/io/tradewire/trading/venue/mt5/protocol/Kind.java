package io.tradewire.trading.venue.mt5.protocol;

/** What a frame is: a request that wants a reply, the reply to one, or an event nobody answers. */
public enum Kind {
    REQUEST, REPLY, EVENT;

    public String wire() {
        return name().toLowerCase();
    }
}
