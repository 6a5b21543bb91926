package io.tradewire.trading.control;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A named switch that stops all new entries while engaged ("global" for the whole service). */
@MappedEntity("kill_switches")
public record KillSwitch(@Id String name, boolean engaged, @Nullable String reason, String changedBy,
                         Instant changedAt) {
    public static final String GLOBAL = "global";
}
