package io.tradewire.bot.discord;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configuration, checked: a bad value stops the start-up with a message naming the setting
 * (and never the token itself).
 */
record DiscordSettings(String token, String apiUrl, @Nullable String gatewayUrl, Duration identifySpacing,
                       Set<String> admins, Duration leaseCheck, int catchUpMessages,
                       Duration catchUpAge, Duration catchUpEvery) {
    static final String DISCORD_API = "https://discord.com/api/";

    static DiscordSettings of(DiscordConfig c) {
        String token = c.getToken() == null ? "" : c.getToken().trim();
        if (token.length() < 20 || !token.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalStateException("DISCORD_TOKEN is not a bot token (at least 20 letters, digits, '.',"
                    + " '_' or '-')");
        }
        String api = apiUrl(c.getApiUrl());
        String gateway = c.getGatewayUrl() == null || c.getGatewayUrl().isBlank() ? null : c.getGatewayUrl().trim();
        if (gateway != null && !gateway.matches("(?i)wss?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalStateException("DISCORD_GATEWAY_URL must be a ws(s) URL, got '" + gateway + "'");
        }
        if (c.getIdentifySpacing().isNegative()) {
            throw new IllegalStateException("discord.identify-spacing must not be negative, got "
                    + c.getIdentifySpacing());
        }
        if (c.getLeaseCheck().toMillis() < 50) {
            throw new IllegalStateException("discord.lease-check must be at least 50 ms, got " + c.getLeaseCheck());
        }
        if (c.getCatchUpMessages() < 0 || c.getCatchUpMessages() > 10_000) {
            throw new IllegalStateException("discord.catch-up-messages must be between 0 and 10000, got "
                    + c.getCatchUpMessages());
        }
        if (c.getCatchUpAge().isNegative() || c.getCatchUpAge().toDays() > 14) {
            throw new IllegalStateException("discord.catch-up-age must be between 0 and 14 days, got "
                    + c.getCatchUpAge());
        }
        Duration every = c.getCatchUpEvery();
        if (every.isNegative() || (!every.isZero() && every.toMillis() < 1_000) || every.toHours() > 24) {
            throw new IllegalStateException("discord.catch-up-every must be 0 (off) or between 1 s and 24 h, got "
                    + every);
        }
        Set<String> admins = c.getAdmins().stream().map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        for (String a : admins) {
            if (!a.matches("\\d{1,20}")) {
                throw new IllegalStateException("DISCORD_ADMINS holds '" + a + "': admins are numeric Discord user ids");
            }
        }
        return new DiscordSettings(token, api, gateway, c.getIdentifySpacing(), admins, c.getLeaseCheck(), c.getCatchUpMessages(), c.getCatchUpAge(), every);
    }

    /** The base URL as JDA takes it: http(s), ending in a slash. */
    static String apiUrl(String text) {
        try {
            URI u = new URI(text == null ? "" : text.trim());
            if (u.getScheme() == null || u.getHost() == null
                    || !Set.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("DISCORD_API_URL must be an http(s) URL, got '" + text + "'");
            }
            String s = u.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (URISyntaxException e) {
            throw new IllegalStateException("DISCORD_API_URL is not a URL: '" + text + "'");
        }
    }

    /**
     * Discord's own gateway sends zlib-compressed frames; a fake (or a proxy) elsewhere may send
     * plain JSON, so compression is asked for only from Discord itself.
     */
    boolean compressed() {
        return apiUrl.startsWith(DISCORD_API);
    }

    /** A name for the bot's lease that tells bots apart without revealing the token: a hash of it. */
    String leaseName() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "tradewire-discord-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "DiscordSettings[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", admins=" + admins + ", leaseCheck=" + leaseCheck
                + ", catchUpMessages=" + catchUpMessages + ", catchUpAge=" + catchUpAge
                + ", catchUpEvery=" + catchUpEvery + ", token=(hidden)]";
    }
}
