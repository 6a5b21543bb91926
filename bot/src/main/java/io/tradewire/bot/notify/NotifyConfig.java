package io.tradewire.bot.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How notices are found and paced ({@code tradewire.notify.*}); the defaults keep to Telegram's limits. */
@ConfigurationProperties("tradewire.notify")
public interface NotifyConfig {
    /** how often the engine's tables are read for new events */
    @Bindable(defaultValue = "300ms")
    Duration getScanInterval();

    /** least time between two messages to one chat (Telegram: about one a second) */
    @Bindable(defaultValue = "1s")
    Duration getPerChatInterval();

    /** most messages a second over all chats (Telegram: 30) */
    @Bindable(defaultValue = "30")
    int getGlobalPerSecond();

    /**
     * how long a missing row id is waited for before the cursor passes it: a transaction that
     * took an id may commit after later ones
     */
    @Bindable(defaultValue = "10s")
    Duration getSettle();

    /** sends that fail (not counting rate limits) before a notice is given up, with the reason */
    @Bindable(defaultValue = "20")
    int getMaxAttempts();
}
