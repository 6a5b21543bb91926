package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A destructive command waiting for a press: only the asker's counts, once, before it expires.
 * {@code token} is random and goes into the button; {@code argument} is the symbol of a close
 * (null for all).
 */
@MappedEntity("chat_confirmations")
public record Confirmation(@Id String token, Platform platform, String userId, Long subscriberId,
                           ConfirmAction action, @Nullable String argument, Instant createdAt, Instant expiresAt,
                           @Nullable Instant usedAt, @Nullable String outcome) {
}
