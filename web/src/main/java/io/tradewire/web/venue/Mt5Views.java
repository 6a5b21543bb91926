package io.tradewire.web.venue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Request and response bodies of {@link Mt5AccountController}; none but Created and Rotated hold a token. */
final class Mt5Views {
    private Mt5Views() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record NewAccount(@Nullable String subscriber, @Nullable String label, @Nullable String currency,
                      @Nullable BigDecimal balance, @Nullable String symbolSuffix,
                      @Nullable Map<String, String> symbols) {
        static final NewAccount EMPTY = new NewAccount(null, null, null, null, null, null);
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Created(Long accountId, String label, String linkToken, String symbolSuffix, Map<String, String> symbols,
                   String note) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Rotated(Long accountId, String linkToken, String note) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Status(Long accountId, String label, String subscriber, String terminal, @Nullable String login,
                  @Nullable String server, @Nullable String marginMode, @Nullable Instant linkedAt,
                  Instant tokenRotatedAt, String symbolSuffix, Map<String, String> symbols) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Symbols(@Nullable String symbolSuffix, @Nullable Map<String, String> symbols) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Event(String kind, String detail, Instant at) {
    }
}
