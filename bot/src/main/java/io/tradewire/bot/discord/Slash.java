package io.tradewire.bot.discord;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.bot.reply.Reply;

import java.util.Map;

/**
 * A slash command as the router reads it, free of JDA: its name, subcommand, options as text
 * (a channel option is the channel's id) and where it was used.
 */
record Slash(String name, @Nullable String subcommand, Map<String, String> options, @Nullable Place place) {
    Slash {
        options = Map.copyOf(options);
    }

    @Nullable
    String option(String key) {
        String v = options.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * The server channel a command was used in ({@code null} in a DM); {@code serverAdmin} when the
     * member has Administrator or Manage Server there.
     */
    record Place(long guildId, String guildName, long channelId, String channelName, long latestMessageId,
                 boolean serverAdmin) {
    }

    /** What to answer. */
    sealed interface Answer {
    }

    /** A reply, with buttons when there is a choice to make. */
    record Text(Reply reply) implements Answer {
    }

    /** Open the form that takes exchange keys (only a modal takes them: nothing typed in a channel does). */
    record AskKeys(String exchange, @Nullable String label) implements Answer {
    }
}
