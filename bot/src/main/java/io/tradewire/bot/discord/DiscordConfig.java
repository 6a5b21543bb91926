package io.tradewire.bot.discord;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * The Discord bot's settings ({@code discord.*}; from the environment: DISCORD_TOKEN,
 * DISCORD_API_URL, DISCORD_ADMINS, ...). Checked by {@link DiscordSettings} before the bot
 * starts. The token is a secret: it is never logged, and nothing here prints it.
 */
@ConfigurationProperties("discord")
interface DiscordConfig {
    /** the bot token from the Discord developer portal; no token, no bot */
    @Nullable
    String getToken();

    /** Discord's REST base URL (JDA's RestConfig); a test fake on 127.0.0.1 in tests */
    @Bindable(defaultValue = "https://discord.com/api/v10/")
    String getApiUrl();

    /** the gateway (WebSocket) address, when not Discord's own (a proxy, a test fake) */
    @Nullable
    String getGatewayUrl();

    /** the wait between two IDENTIFYs to a gateway set by gateway-url (Discord's rule is 5 s) */
    @Bindable(defaultValue = "5s")
    Duration getIdentifySpacing();

    /** Discord user ids allowed the admin commands (/killswitch, /pausesub, /resumesub) */
    @Bindable(defaultValue = "")
    List<String> getAdmins();

    /** how often an instance without the bot connection tries to take it, and the holder checks it still has it */
    @Bindable(defaultValue = "5s")
    Duration getLeaseCheck();

    /** at most this many messages per channel are read back after a reconnect or a restart */
    @Bindable(defaultValue = "200")
    int getCatchUpMessages();

    /** posts older than this are not read back: a signal that old is stale anyway */
    @Bindable(defaultValue = "1h")
    Duration getCatchUpAge();

    /**
     * how often the watched channels are read again while connected (0: only at a reconnect):
     * Discord does not promise every event of a live session arrives
     */
    @Bindable(defaultValue = "1m")
    Duration getCatchUpEvery();
}
