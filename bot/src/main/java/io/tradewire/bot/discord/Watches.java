package io.tradewire.bot.discord;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.intake.ChannelDirectory;
import io.tradewire.bot.intake.ChannelKind;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signal channels: only posts in a channel a server admin marked with /watch are read. The
 * set of watched channel ids is kept in memory too (every message of every server the bot is in
 * is asked about); the database is the truth, read again when the bot connects.
 */
@Singleton
class Watches {
    private final WatchStore store;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Set<Long> watched = ConcurrentHashMap.newKeySet();

    Watches(WatchStore store, TransactionOperations<Connection> tx, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Reads the watched channels from the database: at connect and at each sweep, so another
     * instance's /watch counts. Locked with watch and unwatch, so a /watch made while the
     * database is read is not wiped from the set by a read that missed it.
     */
    synchronized List<DiscordWatch> reload() {
        List<DiscordWatch> all = tx.executeRead(s -> store.active());
        watched.clear();
        all.forEach(w -> watched.add(w.channelId()));
        return all;
    }

    boolean isWatched(long channelId) {
        return watched.contains(channelId);
    }

    /** Marks a channel; posts after {@code latestMessageId} (the channel's newest now) are read. */
    synchronized void watch(long channelId, long guildId, String by, long latestMessageId) {
        tx.executeWrite(s -> {
            store.watch(channelId, guildId, by, latestMessageId, clock.instant());
            return null;
        });
        watched.add(channelId);
    }

    /** False when the channel was not watched. */
    synchronized boolean unwatch(long channelId) {
        watched.remove(channelId);
        return tx.executeWrite(s -> store.unwatch(channelId, clock.instant())) > 0;
    }

    void seen(long channelId, long messageId) {
        tx.executeWrite(s -> {
            store.seen(channelId, messageId, clock.instant());
            return null;
        });
    }

    /** The user used a command: DMs to them are tried again. */
    void userBack(String userId) {
        if (tx.executeRead(s -> store.refusals(userId)) > 0) {
            tx.executeWrite(s -> store.cleared(userId));
        }
    }

    /** A Discord text channel as the directory files it: named by its channel name, titled with its server. */
    static ChannelDirectory.ChatRef ref(long channelId, String channelName, String guildName) {
        return new ChannelDirectory.ChatRef(Platform.DISCORD, Long.toString(channelId), ChannelKind.CHANNEL,
                channelName, guildName + " #" + channelName);
    }
}
