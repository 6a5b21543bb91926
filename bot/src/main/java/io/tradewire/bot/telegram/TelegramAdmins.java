package io.tradewire.bot.telegram;

import io.micronaut.context.annotation.Value;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.command.PlatformAdmins;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Telegram's admins for the facade: TELEGRAM_ADMINS, comma-separated Telegram user ids. */
@Singleton
final class TelegramAdmins implements PlatformAdmins {
    private final Set<String> ids;

    TelegramAdmins(@Value("${telegram.admins:}") String admins) {
        this.ids = Arrays.stream(admins.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public Set<String> userIds() {
        return ids;
    }
}
