package io.tradewire.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Webhook mode: Telegram posts each update here. Only a request carrying the configured secret
 * in {@code X-Telegram-Bot-Api-Secret-Token} is read; a 500 makes Telegram deliver it again.
 */
@Controller("/telegram/webhook")
@Requires(property = "telegram.webhook-url")
@Requires(property = "telegram.token")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookController {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramBot bot;

    WebhookController(TelegramBot bot) {
        this.bot = bot;
    }

    @Post
    HttpResponse<?> update(@Nullable @Header("X-Telegram-Bot-Api-Secret-Token") String secret, @Body String body) {
        if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                bot.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("webhook call refused: missing or wrong secret token");
            return HttpResponse.unauthorized();
        }
        Update update;
        try {
            update = JSON.readValue(body, Update.class);
        } catch (java.io.IOException e) {
            return HttpResponse.badRequest("not a Telegram update");
        }
        try {
            bot.onWebhook(update);
            return HttpResponse.ok();
        } catch (RuntimeException e) {
            LOG.warn("webhook update {} failed, Telegram will send it again: {}", update.getUpdateId(), e.getMessage());
            return HttpResponse.serverError();
        }
    }
}
