package io.tradewire.bot.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.tradewire.bot.command.Platform;

import java.time.Instant;
import java.util.Locale;

/** A channel or group a bot has seen a post in, and the provider its posts belong to. */
@MappedEntity("chat_channels")
public record ChatChannel(@Id @GeneratedValue @Nullable Long id, Platform platform, String chatId, ChannelKind kind,
                          @Nullable String username, @Nullable String title, Long providerId, Instant firstSeenAt,
                          Instant lastSeenAt) {

    /** How users name it: {@code @username} (Discord: {@code #name}) when it has one, else its title, else its id. */
    public String handle() {
        if (username != null && !username.isBlank()) {
            return platform.handle(username);
        }
        return title != null && !title.isBlank() ? title : chatId;
    }

    /** True when {@code handle} (with or without the @ or #, any case) is this channel's username. */
    public boolean isNamed(String handle) {
        String bare = Platform.bare(handle);
        return username != null && username.toLowerCase(Locale.ROOT).equals(bare.toLowerCase(Locale.ROOT));
    }
}
