package io.tradewire.trading.venue.xchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Which exchange module, market and API address an XCHANGE venue account uses (no keys here). */
@MappedEntity("exchange_accounts")
public record ExchangeAccountRow(@Id Long accountId, String exchange, String market, @Nullable String baseUrl,
                                 Instant createdAt) {
}
