package io.tradewire.web.admin;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.math.BigDecimal;

/** Request bodies of the admin setup endpoints. Every field is checked by the trading facade. */
final class SetupRequests {
    private SetupRequests() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewProvider(@Nullable String source, @Nullable String channel, @Nullable String name) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewSubscriber(@Nullable String name, @Nullable BigDecimal startingBalance, @Nullable String timeZone) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewFollow(@Nullable String subscriber, @Nullable Long providerId, @Nullable String account,
                     @Nullable String sizingMode, @Nullable BigDecimal sizingValue, @Nullable Integer maxLeverage,
                     @Nullable Boolean requireStopLoss, @Nullable Integer maxOpenPositions,
                     @Nullable Integer maxSignalAgeSeconds, @Nullable java.util.Set<String> allowedSymbols,
                     @Nullable java.util.Set<String> deniedSymbols, @Nullable Integer maxTradesPerDay,
                     @Nullable BigDecimal minPositionPct, @Nullable BigDecimal maxPositionPct,
                     @Nullable String tradingHours, @Nullable String dailyLossLimit,
                     @Nullable BigDecimal maxDrawdownPct) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Vocabulary(@Nullable java.util.Map<String, String> aliases, @Nullable java.util.Set<String> ignoreWords) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewPrice(@Nullable BigDecimal price) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Created(Long id) {
    }
}
