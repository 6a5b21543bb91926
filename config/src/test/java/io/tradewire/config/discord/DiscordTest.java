package io.tradewire.config.discord;

import io.micronaut.context.ApplicationContext;
import io.tradewire.bot.discord.DiscordBot;
import io.tradewire.config.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of tests that run the application with its Discord bot pointed at a {@link FakeDiscord}:
 * the real JDA against the fake's REST API and gateway on 127.0.0.1, quick lease checks and
 * IDENTIFYs. The guild's owner is the server admin; {@link FakeDiscord#MEMBER} the subscriber.
 */
public abstract class DiscordTest extends IntegrationTest {
    public static final Duration WAIT = Duration.ofSeconds(20);

    protected FakeDiscord discord;

    @Inject
    protected ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        discord = new FakeDiscord();
        beforeConnect(discord);
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.putAll(discordProperties(discord));
        p.putAll(extraProperties());
        return p;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    public static Map<String, String> discordProperties(FakeDiscord fake) {
        return Map.of("discord.token", FakeDiscord.TOKEN, "discord.api-url", fake.restUrl(),
                "discord.gateway-url", fake.gatewayUrl(), "discord.identify-spacing", "0s",
                "discord.lease-check", "200ms", "discord.admins", Long.toUnsignedString(FakeDiscord.OWNER.id()),
                "tradewire.notify.scan-interval", "100ms");
    }

    /** Members or channels to add before the bot connects (they come in GUILD_CREATE). */
    protected void beforeConnect(FakeDiscord fake) {
    }

    @BeforeAll
    void awaitTheBot() {
        discord.awaitSessionLive(WAIT);
        discord.log().awaitCommand("watch", WAIT);
    }

    @AfterAll
    void stopFake() {
        // JDA first: else it keeps reconnecting to a fake that is gone
        context.findBean(DiscordBot.class).map(DiscordBot::jda).ifPresent(j -> j.shutdownNow());
        discord.close();
    }

    /** Runs the interaction and returns the user's final answer (after the defer). */
    protected InteractionReply ask(DiscordEvents.Interaction interaction) {
        long id = discord.interact(interaction);
        return discord.log().awaitAnswer(id, "", WAIT);
    }

    protected String text(DiscordEvents.Interaction interaction) {
        return ask(interaction).content();
    }

    /** A slash command by the user in the channel. */
    protected static DiscordEvents.Interaction slash(String command, FakeDiscord.User by, long channel) {
        return DiscordEvents.slash(command).by(by).in(channel);
    }

    /** Watches a channel as the server's owner. */
    protected void watch(long channel) {
        org.assertj.core.api.Assertions.assertThat(text(slash("watch", FakeDiscord.OWNER, channel)))
                .startsWith("Watching #");
    }

    /** Waits until the post is in the inbox (taken by the bot) and through its channel's lane. */
    protected void awaitInbox(long messageId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (sql("select count(*) from inbox_messages where source = 'DISCORD' and message_id = '"
                    + Long.toUnsignedString(messageId) + "'") > 0) {
                // stored; now read, decided and traded in its channel's lane
                if (!context.getBean(io.tradewire.bot.intake.PostIntake.class).awaitIdle(WAIT)) {
                    throw new AssertionError("the intake did not finish within " + WAIT);
                }
                return;
            }
            sleep(20);
        }
        // what the fake saw, so a failure on a CI machine says where the post got stuck
        var history = discord.log().calls("GET channels/*/messages");
        throw new AssertionError("message " + messageId + " not taken within " + WAIT + "; session live: "
                + discord.sessionLive() + ", gateway connections: " + discord.connections() + ", history reads: "
                + history.size() + ", the last: " + history.subList(Math.max(0, history.size() - 6), history.size())
                .stream().map(c -> c.status() + "@" + c.path()).toList());
    }

    protected static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
