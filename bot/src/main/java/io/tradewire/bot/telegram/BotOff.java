package io.tradewire.bot.telegram;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says once at start-up that there is no Telegram bot, and why. */
@Context
@Requires(missingProperty = "telegram.token")
final class BotOff {
    private static final Logger LOG = LoggerFactory.getLogger(BotOff.class);

    BotOff() {
        LOG.info("Telegram bot off: TELEGRAM_TOKEN is not set");
    }
}
