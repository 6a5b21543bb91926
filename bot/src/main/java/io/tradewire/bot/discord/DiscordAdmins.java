package io.tradewire.bot.discord;

import io.micronaut.context.annotation.Value;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.command.PlatformAdmins;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Discord's admins for the facade's admin commands: DISCORD_ADMINS, comma-separated Discord user
 * ids. (A server's own admins, who may /watch its channels, are Discord's business: their
 * permissions come with each interaction.)
 */
@Singleton
final class DiscordAdmins implements PlatformAdmins {
    private final Set<String> ids;

    DiscordAdmins(@Value("${discord.admins:}") String admins) {
        this.ids = Arrays.stream(admins.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public Set<String> userIds() {
        return ids;
    }
}
