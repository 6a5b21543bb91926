package io.tradewire.bot.discord;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says once at start-up that there is no Discord bot, and why. */
@Context
@Requires(missingProperty = "discord.token")
final class DiscordOff {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordOff.class);

    DiscordOff() {
        LOG.info("Discord bot not started: DISCORD_TOKEN is not set");
    }
}
