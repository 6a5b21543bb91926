package io.tradewire.bot.telegram;

import io.tradewire.bot.command.Platform;
import io.tradewire.bot.notify.ChatSender;
import io.tradewire.bot.notify.SendResult;

import java.time.Duration;

/** Direct messages for the notifier; Telegram's answers mapped to {@link SendResult}s. */
final class TelegramSender implements ChatSender {
    private final TelegramApi api;

    TelegramSender(TelegramApi api) {
        this.api = api;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public int maxLength() {
        return TelegramText.MAX;
    }

    @Override
    public SendResult send(String chatId, String text, boolean silent) {
        try {
            api.send(chatId, TelegramText.fit(text), null, silent);
            return new SendResult.Sent();
        } catch (TelegramApi.TelegramFailure e) {
            Integer code = e.errorCode();
            if (code != null && code == 429) {
                return new SendResult.RetryAfter(Duration.ofSeconds(e.retryAfter() == null ? 1 : e.retryAfter()));
            }
            // 400 (no such chat) and 403 (the user blocked the bot) will not change by trying again
            boolean permanent = code != null && (code == 400 || code == 403);
            return new SendResult.Failed(e.getMessage(), permanent);
        }
    }
}
