package io.tradewire.bot.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tradewire.bot.command.Platform;

import java.time.Instant;

/** A notice in the outbox: stored before it is sent, sent (or given up) once. */
@MappedEntity("notifications")
public record Notification(@Id @GeneratedValue @Nullable Long id, String dedupeKey, Long subscriberId,
                           Platform platform, String chatId, NotifyKind kind, String text, boolean silent,
                           String status, int attempts, Instant dueAt, Instant createdAt, @Nullable Instant sentAt,
                           @Nullable String lastError) {
}
