package io.tradewire.trading.venue.mt5.protocol;

/** A frame that breaks the protocol; the message names the field and what was wrong with it. */
public final class FrameException extends RuntimeException {
    public FrameException(String message) {
        super(message);
    }
}
