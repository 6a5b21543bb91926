package io.tradewire.web.error;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Every error this API writes itself: what is wrong, and which field when one is to blame. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorBody(String message, @Nullable String field, @Nullable Long inboxId) {
    public static ErrorBody of(String message) {
        return new ErrorBody(message, null, null);
    }
}
