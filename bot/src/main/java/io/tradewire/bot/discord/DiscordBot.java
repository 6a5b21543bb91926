package io.tradewire.bot.discord;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.intake.PostIntake;
import io.tradewire.bot.lease.BotLease;
import io.tradewire.bot.notify.Notifier;
import jakarta.annotation.PreDestroy;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

/**
 * The Discord bot, present only with a token. Every instance competes for the bot connection
 * ({@link BotLease}); the holder logs in with JDA (which reconnects by itself), registers the
 * slash commands, reads watched channels back from the last message seen, and sends the DMs;
 * another instance takes over when it goes. Trading never waits for any of this.
 */
@Context
@Requires(property = "discord.token")
public final class DiscordBot {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    /** guild messages and their text (a privileged intent the bot must be granted), and DMs */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT, GatewayIntent.DIRECT_MESSAGES);

    private final DiscordSettings settings;
    private final BotLease lease;
    private final Posts posts;
    private final Interactions interactions;
    private final WatchStore store;
    private final Notifier notifier;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Thread leaseThread;
    private volatile boolean running = true;
    private volatile boolean active;
    private volatile JDA jda;
    private EventRouter events;
    private Notifier.Running notices;

    DiscordBot(DiscordConfig config, @Value("${datasources.default.url}") String dbUrl,
               @Nullable @Value("${datasources.default.username:}") String dbUser,
               @Nullable @Value("${datasources.default.password:}") String dbPassword, PostIntake intake,
               Watches watches, Interactions interactions, WatchStore store, Notifier notifier,
               TransactionOperations<Connection> tx, Clock clock) {
        this.settings = DiscordSettings.of(config);
        this.lease = new BotLease(() -> DriverManager.getConnection(dbUrl, dbUser, dbPassword),
                settings.leaseName());
        this.posts = new Posts(intake, watches, settings, clock);
        this.interactions = interactions;
        this.store = store;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
        LOG.info("Discord bot on: REST at {}, gateway {}", settings.apiUrl(),
                settings.gatewayUrl() == null ? "Discord's" : settings.gatewayUrl());
        this.leaseThread = Thread.ofPlatform().daemon().name("discord-lease").start(() -> lease.compete(() -> active, this::activate,
                this::deactivate, this::deactivate, settings.leaseCheck(), () -> running));
    }

    /** True while this instance holds the bot connection and runs it. */
    public boolean isActive() {
        return active;
    }

    /** The connection, while this instance runs the bot (null otherwise). */
    @Nullable
    public JDA jda() {
        return jda;
    }

    private synchronized void activate() {
        if (!running) {
            return;
        }
        events = new EventRouter(posts, interactions, settings.catchUpEvery());
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setCompression(settings.compressed() ? Compression.ZLIB : Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(events);
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new GatewayController(settings.gatewayUrl(),
                    settings.identifySpacing().toMillis()));
        }
        jda = builder.build();
        notices = notifier.start(new DiscordSender(jda, store, tx, clock));
        active = true;
        LOG.info("Discord bot logging in");
    }

    private synchronized void deactivate() {
        active = false;
        if (notices != null) {
            notices.stop();
            notices = null;
        }
        JDA j = jda;
        jda = null;
        if (j != null) {
            j.shutdown();
            try {
                if (!j.awaitShutdown(Duration.ofSeconds(5))) {
                    j.shutdownNow();
                }
            } catch (InterruptedException e) {
                j.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        if (events != null) {
            events.close();
            events = null;
        }
        LOG.info("Discord bot stopped on this instance");
    }

    @PreDestroy
    void stop() {
        running = false;
        leaseThread.interrupt();
        deactivate();
        lease.close();
    }
}
