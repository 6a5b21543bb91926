package io.tradewire.bot.telegram;

import io.micronaut.core.annotation.Nullable;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The configuration, checked: a bad value stops the start-up with a message naming the setting
 * (and never the token itself). The API URL is split into the scheme, host and port the client
 * takes (it has no path prefix).
 */
record TelegramSettings(String token, TelegramUrl apiUrl, @Nullable URI webhookUrl, @Nullable String webhookSecret,
                        Set<String> admins, Duration pollTimeout, Duration leaseCheck) {
    private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{20,}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    static TelegramSettings of(TelegramConfig c) {
        String token = c.getToken() == null ? "" : c.getToken().trim();
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalStateException("TELEGRAM_TOKEN is not a bot token (digits, a colon, then at least 20"
                    + " letters, digits, _ or -)");
        }
        URI webhook = c.getWebhookUrl() == null || c.getWebhookUrl().isBlank() ? null
                : uri("TELEGRAM_WEBHOOK_URL", c.getWebhookUrl());
        String secret = c.getWebhookSecret();
        if (webhook != null && (secret == null || !SECRET.matcher(secret).matches())) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL: 1 to 256"
                    + " letters, digits, _ or -");
        }
        Duration poll = c.getPollTimeout();
        if (poll.isNegative() || poll.toSeconds() > 50) {
            throw new IllegalStateException("telegram.poll-timeout must be between 0 and 50 s, got " + poll);
        }
        if (c.getLeaseCheck().toMillis() < 50) {
            throw new IllegalStateException("telegram.lease-check must be at least 50 ms, got " + c.getLeaseCheck());
        }
        Set<String> admins = c.getAdmins().stream().map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        for (String a : admins) {
            if (!a.matches("\\d{1,20}")) {
                throw new IllegalStateException("TELEGRAM_ADMINS holds '" + a + "': admins are numeric Telegram user ids");
            }
        }
        return new TelegramSettings(token, apiUrl(c.getApiUrl()), webhook, webhook == null ? null : secret, admins,
                poll, c.getLeaseCheck());
    }

    /** The bot's numeric id: the part of the token before the colon, which is not secret. */
    String botId() {
        return token.substring(0, token.indexOf(':'));
    }

    static TelegramUrl apiUrl(String text) {
        URI u = uri("TELEGRAM_API_URL", text);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/")) {
            throw new IllegalStateException("TELEGRAM_API_URL must be scheme://host[:port] without a path, got '"
                    + text + "'");
        }
        int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, u.getHost(), port, false);
    }

    private static URI uri(String name, String text) {
        try {
            URI u = new URI(text.trim());
            if (u.getScheme() == null || u.getHost() == null
                    || !Set.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(name + " must be an http(s) URL, got '" + text + "'");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(name + " is not a URL: '" + text + "'");
        }
    }
}
