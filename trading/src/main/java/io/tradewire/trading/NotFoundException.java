package io.tradewire.trading;

import io.micronaut.core.annotation.Nullable;

/** A thing the caller named does not exist (or is not theirs to see); {@code field} names where, when known. */
public class NotFoundException extends RuntimeException {
    private final String field;

    public NotFoundException(String message) {
        this(null, message);
    }

    public NotFoundException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    @Nullable
    public String field() {
        return field;
    }
}
