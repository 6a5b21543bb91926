package io.tradewire.bot.telegram;

import io.micronaut.core.annotation.Nullable;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The Bot API methods the bot uses, over the real telegrambots client. Every failure becomes a
 * {@link TelegramFailure} whose message has the token cut out (the client puts it in URLs).
 */
final class TelegramApi {
    /** updates the bot asks for; without the channel ones Telegram never sends channel posts */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "channel_post",
            "edited_channel_post", "callback_query", "my_chat_member");

    private final OkHttpTelegramClient client;
    private final String token;

    TelegramApi(TelegramSettings settings) {
        this.token = settings.token();
        // a long poll holds the call open for the poll timeout: the read timeout must outlast it
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(15))
                .build();
        this.client = new OkHttpTelegramClient(http, token, settings.apiUrl());
    }

    User getMe() {
        return call(GetMe.builder().build());
    }

    List<Update> getUpdates(long offset, Duration timeout) {
        return call(GetUpdates.builder().offset((int) offset).limit(100).timeout((int) timeout.toSeconds())
                .allowedUpdates(ALLOWED_UPDATES).build());
    }

    void deleteWebhook() {
        call(DeleteWebhook.builder().build());
    }

    void setWebhook(String url, String secret) {
        // one delivery at a time, in order: the stored offset then works as with polling
        SetWebhook set = SetWebhook.builder().url(url).secretToken(secret).allowedUpdates(ALLOWED_UPDATES)
                .maxConnections(1).build();
        call(set.getMethod(), () -> client.execute(set));
    }

    void setMyCommands(List<BotCommand> commands) {
        call(SetMyCommands.builder().commands(commands).build());
    }

    Message send(String chatId, String text, @Nullable InlineKeyboardMarkup keyboard, boolean silent) {
        return call(SendMessage.builder().chatId(chatId).text(text).replyMarkup(keyboard)
                .disableNotification(silent ? Boolean.TRUE : null).build());
    }

    /** A question whose answer is the user's next message: Telegram opens a reply to it (ForceReply). */
    Message ask(String chatId, String text, String placeholder) {
        return call(SendMessage.builder().chatId(chatId).text(text).replyMarkup(ForceReplyKeyboard.builder()
                .forceReply(true).inputFieldPlaceholder(placeholder).build()).build());
    }

    void edit(String chatId, int messageId, String text, @Nullable InlineKeyboardMarkup keyboard) {
        call(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).replyMarkup(keyboard).build());
    }

    /** True when deleted; false when Telegram refused (no right to delete, too old, already gone). */
    boolean delete(String chatId, int messageId) {
        try {
            return Boolean.TRUE.equals(call(DeleteMessage.builder().chatId(chatId).messageId(messageId).build()));
        } catch (TelegramFailure e) {
            if (e.errorCode() != null && e.errorCode() == 400 || e.errorCode() != null && e.errorCode() == 403) {
                return false;
            }
            throw e;
        }
    }

    void answerCallback(String callbackId, @Nullable String text, boolean alert) {
        call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).showAlert(alert).build());
    }

    private <T extends Serializable> T call(BotApiMethod<T> method) {
        return call(method.getMethod(), () -> client.execute(method));
    }

    private <T> T call(String method, Call<T> call) {
        try {
            return call.run();
        } catch (TelegramApiRequestException e) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            throw new TelegramFailure(method, redact(e.getMessage()), e.getErrorCode(), retryAfter);
        } catch (TelegramApiException e) {
            throw new TelegramFailure(method, redact(String.valueOf(e.getMessage())
                    + (e.getCause() == null ? "" : ": " + e.getCause())), null, null);
        } catch (RuntimeException e) {
            throw new TelegramFailure(method, redact(e.toString()), null, null);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws TelegramApiException;
    }

    /** Any text that came from the client, with the token replaced. */
    String redact(String text) {
        return text == null ? "" : text.replace(token, "<token>");
    }

    /** A Bot API call that did not work; {@code retryAfter} (seconds) when Telegram said to wait. */
    static final class TelegramFailure extends RuntimeException {
        private final Integer errorCode;
        private final Integer retryAfter;

        TelegramFailure(String method, String message, @Nullable Integer errorCode, @Nullable Integer retryAfter) {
            super(method + ": " + message, null, false, false);
            this.errorCode = errorCode;
            this.retryAfter = retryAfter;
        }

        @Nullable
        Integer errorCode() {
            return errorCode;
        }

        @Nullable
        Integer retryAfter() {
            return retryAfter;
        }
    }
}
