package io.tradewire.trading.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person who copies providers onto their own accounts. */
@MappedEntity("subscribers")
public record Subscriber(@Id @GeneratedValue @Nullable Long id, String name, String timeZone, boolean paused,
                         Instant createdAt) {
}
