package io.tradewire.trading;

/** A thing the caller named does not exist (or is not theirs to see). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
