package io.tradewire.trading.venue.mt5.link;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One account's broker name for a signal symbol (XAUUSD -> GOLD, US30 -> US30.cash). */
@MappedEntity("mt5_symbols")
public record Mt5Symbol(@Id @GeneratedValue @Nullable Long id, Long accountId, String symbol, String brokerSymbol) {
}
