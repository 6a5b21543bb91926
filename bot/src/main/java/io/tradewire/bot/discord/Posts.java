package io.tradewire.bot.discord;

import io.tradewire.bot.intake.ChannelDirectory;
import io.tradewire.bot.intake.PostIntake;
import io.tradewire.bot.reply.KeyText;
import io.tradewire.trading.InvalidInputException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Channel messages: posts and edits of watched channels into the intake (a reply keeps the id it
 * replies to, so a follow-up acts on its signal), keys refused wherever they are typed, and the
 * read-back of what a gap in the connection missed. The inbox's unique key (channel, message id)
 * makes a post read both live and read back count once. Runs on one thread, in message order.
 * Message text is never logged: it may hold keys.
 */
final class Posts {
    private static final Logger LOG = LoggerFactory.getLogger(Posts.class);
    static final String KEY_WARNING = "never post API keys in a channel: everyone here can read them.";
    /** Discord returns at most 100 messages per history call */
    private static final int PAGE = 100;

    private final PostIntake intake;
    private final Watches watches;
    private final DiscordSettings settings;
    private final Clock clock;
    /** watched channels whose last read-back failed (only touched on the posts thread) */
    private final Set<Long> unreadable = new HashSet<>();
    /** the latest key messages refused (posts thread), so a read-back does not warn twice */
    private final Set<Long> refused = new LinkedHashSet<>();
    private static final int REMEMBERED = 1_000;

    Posts(PostIntake intake, Watches watches, DiscordSettings settings, Clock clock) {
        this.intake = intake;
        this.watches = watches;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new message anywhere the bot can read. */
    void received(Message m) {
        received(m, true);
    }

    /**
     * A message, live or read back. Only the read-back moves a channel's "read up to" mark: a
     * live post must not, or a post before it whose event never came would be skipped by the next
     * read. A post read both ways counts once (the inbox's key); keys refused live are not refused
     * again when read back (the bot may have been unable to delete them).
     */
    private void received(Message m, boolean live) {
        if (own(m)) {
            return;
        }
        String text = m.getContentRaw();
        if (KeyText.looksLikeKeys(text)) {
            if (live || !refused.contains(m.getIdLong())) {
                refuseKeys(m);
            }
            return;
        }
        if (!m.isFromGuild() || !watches.isWatched(m.getChannel().getIdLong()) || text.isBlank()) {
            return;
        }
        post(m, text);
    }

    /** An edited message: an amendment of a watched channel's post. */
    void edited(Message m) {
        if (own(m) || !m.isFromGuild()) {
            return;
        }
        String text = m.getContentRaw();
        if (KeyText.looksLikeKeys(text)) {
            refuseKeys(m);
            return;
        }
        if (!watches.isWatched(m.getChannel().getIdLong()) || text.isBlank()) {
            return;
        }
        OffsetDateTime at = m.getTimeEdited();
        // the edit's time tells edits of one post apart: the same edit seen twice amends once
        String editKey = at == null ? "0" : Long.toString(at.toInstant().toEpochMilli());
        intake.edit(ref(m), m.getId(), editKey, author(m.getAuthor()), text);
    }

    private void post(Message m, String text) {
        String replyTo = m.getMessageReference() == null ? null : m.getMessageReference().getMessageId();
        try {
            intake.post(ref(m), m.getId(), author(m.getAuthor()), text, replyTo, m.getTimeCreated().toInstant());
        } catch (InvalidInputException e) {
            LOG.warn("post {} in channel {} not taken: {}", m.getId(), m.getChannel().getId(), e.getMessage());
        }
    }

    /**
     * Reads back every watched channel after the last message seen: oldest first, at most
     * {@link DiscordSettings#catchUpMessages()} per channel and none older than
     * {@link DiscordSettings#catchUpAge()}. Each post goes through the intake, which takes a post
     * it already has as a duplicate: a missed post is copied once, a seen one not again. Returns how
     * many channels could not be read now (to be tried again).
     */
    int catchUp(JDA jda, String why) {
        boolean sweep = why.startsWith("sweep");
        int unread = 0;
        for (DiscordWatch w : watches.reload()) {
            GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, w.channelId());
            if (channel == null) {
                unreadable(w.channelId(), why, "the bot cannot see it");
                unread++;
                continue;
            }
            try {
                int read = catchUp(channel, w.lastMessageId());
                if (read > 0 && sweep) {
                    // mostly posts already taken live; a new one is logged by the inbox as received
                    LOG.debug("read {} messages of channel {} again (sweep)", read, w.channelId());
                } else if (read > 0) {
                    LOG.info("read back {} messages of channel {} ({})", read, w.channelId(), why);
                }
                unreadable.remove(w.channelId());
            } catch (RuntimeException e) {
                // this channel's history is unavailable now (no access, a failed call): the others are still read
                unreadable(w.channelId(), why, e.toString());
                unread++;
            }
        }
        return unread;
    }

    /** Warns once per channel until it is read again: a sweep every minute must not flood the log. */
    private void unreadable(long channelId, String why, String reason) {
        if (unreadable.add(channelId)) {
            LOG.warn("channel {} not read back ({}): {}", channelId, why, reason);
        } else {
            LOG.debug("channel {} still not read back ({}): {}", channelId, why, reason);
        }
    }

    private int catchUp(MessageChannel channel, long after) {
        OffsetDateTime oldest = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(settings.catchUpAge());
        int read = 0;
        long cursor = after;
        while (read < settings.catchUpMessages()) {
            int limit = Math.min(PAGE, settings.catchUpMessages() - read);
            List<Message> page = new ArrayList<>(channel.getHistoryAfter(cursor, limit).complete()
                    .getRetrievedHistory());
            if (page.isEmpty()) {
                break;
            }
            page.sort(Comparator.comparingLong(Message::getIdLong));
            for (Message m : page) {
                cursor = Math.max(cursor, m.getIdLong());
                read++;
                if (!m.getTimeCreated().isBefore(oldest)) {
                    received(m, false);
                }
            }
            watches.seen(channel.getIdLong(), cursor);
            if (page.size() < limit) {
                break;
            }
        }
        return read;
    }

    /**
     * Keys typed where others can read them: the message is deleted where the bot may (a refusal,
     * such as a 403, only changes the warning), and the poster warned in the channel and by DM.
     * Nothing in it is read, stored or logged.
     */
    void refuseKeys(Message m) {
        remember(m.getIdLong());
        long userId = m.getAuthor().getIdLong();
        LOG.warn("keys refused in channel {} message {}", m.getChannel().getId(), m.getId());
        if (!m.isFromGuild()) {
            // a DM: the bot cannot delete the user's own message there
            warn(m, userId, null);
            return;
        }
        try {
            m.delete().queue(ok -> warn(m, userId, "<@" + userId + "> " + KEY_WARNING + " I deleted the message."
                    + " Revoke those keys at the exchange, then use /link exchange."), failure -> {
                LOG.warn("key message {} not deleted: {}", m.getId(), failure.getMessage());
                warn(m, userId, "<@" + userId + "> " + KEY_WARNING + " I could not delete it: delete it now,"
                        + " and revoke those keys at the exchange.");
            });
        } catch (RuntimeException e) {
            // JDA knows beforehand that the bot may not delete here
            warn(m, userId, "<@" + userId + "> " + KEY_WARNING + " I could not delete it: delete it now, and"
                    + " revoke those keys at the exchange.");
        }
    }

    /** Warns in the channel ({@code inChannel}, unless null) and by DM. */
    private static void warn(Message m, long userId, String inChannel) {
        if (inChannel != null) {
            m.getChannel().sendMessage(inChannel).queue(null, e -> LOG.warn("key warning not sent in channel {}: {}",
                    m.getChannel().getId(), e.getMessage()));
        }
        m.getJDA().openPrivateChannelById(userId)
                .flatMap(dm -> dm.sendMessage("Your message in " + (m.isFromGuild() ? "#" + m.getChannel().getName()
                        : "our DM") + " looked like API keys. Never post keys: use /link exchange, whose form only"
                        + " you and I see. Revoke the posted keys at the exchange now."))
                .queue(null, e -> LOG.info("key warning DM to {} not sent: {}", userId, e.getMessage()));
    }

    private void remember(long refusedId) {
        refused.add(refusedId);
        if (refused.size() > REMEMBERED) {
            refused.remove(refused.iterator().next());
        }
    }

    private boolean own(Message m) {
        return m.getAuthor().getIdLong() == m.getJDA().getSelfUser().getIdLong();
    }

    private static ChannelDirectory.ChatRef ref(Message m) {
        return Watches.ref(m.getChannel().getIdLong(), m.getChannel().getName(), m.getGuild().getName());
    }

    private static String author(User u) {
        return u.getEffectiveName();
    }
}
