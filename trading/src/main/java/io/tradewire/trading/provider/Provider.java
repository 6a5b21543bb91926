package io.tradewire.trading.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signal source: one channel on one platform. */
@MappedEntity("providers")
public record Provider(@Id @GeneratedValue @Nullable Long id, Source source, String channel, String name,
                       Instant createdAt) {
}
