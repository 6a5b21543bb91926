package io.tradewire.trading.venue.mt5.link;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Something the owner of an account should hear about (a terminal went down, came back, may not
 * trade), kept durably until a chat bot delivers it; {@code kind} is a dotted name such as
 * {@code terminal.down}. Never holds a secret.
 */
@MappedEntity("account_events")
public record AccountEvent(@Id @GeneratedValue @Nullable Long id, Long accountId, String kind, String detail,
                           Instant createdAt) {
}
