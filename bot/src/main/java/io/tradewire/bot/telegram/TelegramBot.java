package io.tradewire.bot.telegram;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.command.AccountCommands;
import io.tradewire.bot.command.CommandCatalog;
import io.tradewire.bot.intake.ChannelDirectory;
import io.tradewire.bot.intake.PostIntake;
import io.tradewire.bot.lease.BotLease;
import io.tradewire.bot.reply.CallbackRouter;
import io.tradewire.bot.notify.Notifier;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Telegram bot, present only with a token. Every instance competes for the bot connection
 * ({@link BotLease}); the holder registers the commands, then polls (or sets the webhook) and
 * sends the notices, and another instance takes over when it goes. Trading never waits for
 * any of this: a Telegram outage only delays posts and notices.
 */
@Context
@Requires(property = "telegram.token")
public final class TelegramBot {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    private final TelegramSettings settings;
    private final TelegramApi api;
    private final BotLease lease;
    private final UpdateHandler handler;
    private final OffsetStore offsets;
    private final Notifier notifier;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final AtomicReference<String> username = new AtomicReference<>();
    private final Thread leaseThread;
    private volatile boolean running = true;
    private volatile boolean active;
    private UpdatePoller poller;
    private Notifier.Running notices;

    TelegramBot(TelegramConfig config, @Value("${datasources.default.url}") String dbUrl,
                @Nullable @Value("${datasources.default.username:}") String dbUser,
                @Nullable @Value("${datasources.default.password:}") String dbPassword, PostIntake intake,
                ChannelDirectory directory, CommandRouter commands, CallbackRouter callbacks, OffsetStore offsets,
                Notifier notifier, AccountCommands accounts, TransactionOperations<Connection> tx, Clock clock) {
        this.settings = TelegramSettings.of(config);
        this.api = new TelegramApi(settings);
        this.lease = new BotLease(() -> DriverManager.getConnection(dbUrl, dbUser, dbPassword),
                "tradewire-telegram-" + settings.botId());
        this.handler = new UpdateHandler(api, intake, directory, commands, callbacks, this::username, accounts,
                clock);
        this.offsets = offsets;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
        LOG.info("Telegram bot on: Bot API at {}://{}:{}, {}", settings.apiUrl().getSchema(),
                settings.apiUrl().getHost(), settings.apiUrl().getPort(),
                settings.webhookUrl() == null ? "long polling" : "webhook");
        this.leaseThread = Thread.ofPlatform().daemon().name("telegram-lease").start(() -> lease.compete(() -> active, this::activate,
                this::deactivate, () -> { }, settings.leaseCheck(), () -> running));
    }

    /** True while this instance holds the bot connection and runs it. */
    public boolean isActive() {
        return active;
    }

    private synchronized void activate() {
        username();
        api.setMyCommands(CommandCatalog.forUsers().stream().map(c -> new BotCommand(c.name(), c.description()))
                .toList());
        if (settings.webhookUrl() != null) {
            api.setWebhook(settings.webhookUrl().toString(), settings.webhookSecret());
        } else {
            api.deleteWebhook();
            poller = new UpdatePoller(api, handler, offsets, key(), settings.pollTimeout(), lease::held, tx, clock);
            Thread.ofPlatform().daemon().name("telegram-poll").start(poller);
        }
        notices = notifier.start(new TelegramSender(api));
        active = true;
        LOG.info("Telegram bot @{} running ({})", username(), settings.webhookUrl() == null ? "polling" : "webhook");
    }

    private synchronized void deactivate() {
        active = false;
        if (poller != null) {
            poller.stop();
            poller = null;
        }
        if (notices != null) {
            notices.stop();
            notices = null;
        }
        LOG.info("Telegram bot stopped on this instance");
    }

    /**
     * An update Telegram posted to the webhook: handled unless it was before (the offset says),
     * then marked handled. Throws when it should be delivered again.
     */
    void onWebhook(Update update) {
        long next = tx.executeRead(s -> offsets.next(key())).orElse(0L);
        if (update.getUpdateId() < next) {
            return;
        }
        handler.handle(update);
        tx.executeWrite(s -> {
            offsets.handled(key(), update.getUpdateId() + 1L, clock.instant());
            return null;
        });
    }

    String webhookSecret() {
        return settings.webhookSecret();
    }

    /** The bot's @username, asked of Telegram once; commands addressed to other bots are not ours. */
    String username() {
        String name = username.get();
        if (name == null) {
            name = api.getMe().getUserName();
            username.set(name);
        }
        return name;
    }

    private String key() {
        return "telegram:" + settings.botId();
    }

    @PreDestroy
    void stop() {
        running = false;
        leaseThread.interrupt();
        deactivate();
        lease.close();
    }
}
