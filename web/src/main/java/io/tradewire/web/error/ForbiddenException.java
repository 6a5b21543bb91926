package io.tradewire.web.error;

import io.micronaut.core.annotation.Nullable;

/** The caller may not see or do this (a user asking for another subscriber's data): a 403 in our error shape. */
public class ForbiddenException extends RuntimeException {
    private final String field;

    public ForbiddenException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    @Nullable
    public String field() {
        return field;
    }
}
