package io.tradewire.bot.telegram;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * The Telegram bot's settings ({@code telegram.*}; from the environment: TELEGRAM_TOKEN,
 * TELEGRAM_API_URL, TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, TELEGRAM_ADMINS, ...).
 * Checked by {@link TelegramSettings} before the bot starts. The token is a secret: it is never
 * logged, and nothing here prints it.
 */
@ConfigurationProperties("telegram")
interface TelegramConfig {
    /** the bot token from @BotFather; no token, no bot */
    @Nullable
    String getToken();

    /** the Bot API server: the public one, a local Bot API server, or a test fake */
    @Bindable(defaultValue = "https://api.telegram.org")
    String getApiUrl();

    /** when set, Telegram posts updates here instead of being polled */
    @Nullable
    String getWebhookUrl();

    /** required with a webhook: Telegram sends it back in the X-Telegram-Bot-Api-Secret-Token header */
    @Nullable
    String getWebhookSecret();

    /** Telegram user ids allowed the admin commands */
    @Bindable(defaultValue = "")
    List<String> getAdmins();

    /** how long one getUpdates call waits for an update (Telegram allows up to 50 s) */
    @Bindable(defaultValue = "25s")
    Duration getPollTimeout();

    /** how often an instance without the bot connection tries to take it, and the holder checks it still has it */
    @Bindable(defaultValue = "5s")
    Duration getLeaseCheck();
}
