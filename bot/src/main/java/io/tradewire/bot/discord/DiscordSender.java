package io.tradewire.bot.discord;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.command.Platform;
import io.tradewire.bot.notify.ChatSender;
import io.tradewire.bot.notify.SendResult;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Direct messages for the notifier, through JDA: it opens the user's DM channel and sends, and its
 * rate limiter waits out Discord's 429s by itself (a send just takes longer; nothing is lost). A
 * user whose DMs Discord refuses (50007) is recorded once and asked no more: each of their later
 * notices is given up at once, without a call, until they use a command again.
 */
final class DiscordSender implements ChatSender {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordSender.class);
    /** answers a retry cannot change: DMs closed or the bot blocked, no such user */
    private static final Set<ErrorResponse> PERMANENT = EnumSet.of(ErrorResponse.CANNOT_SEND_TO_USER,
            ErrorResponse.UNKNOWN_USER, ErrorResponse.UNKNOWN_CHANNEL);

    private final JDA jda;
    private final WatchStore store;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    DiscordSender(JDA jda, WatchStore store, TransactionOperations<Connection> tx, Clock clock) {
        this.jda = jda;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public int maxLength() {
        return DiscordText.MAX;
    }

    @Override
    public SendResult send(String userId, String text, boolean silent) {
        if (tx.executeRead(s -> store.refusals(userId)) > 0) {
            return new SendResult.Failed("Discord refuses direct messages to this user", true);
        }
        try {
            jda.openPrivateChannelById(userId)
                    .flatMap(dm -> dm.sendMessage(DiscordText.fit(text)).setSuppressedNotifications(silent))
                    .complete();
            return new SendResult.Sent();
        } catch (ErrorResponseException e) {
            if (PERMANENT.contains(e.getErrorResponse())) {
                String reason = e.getErrorCode() + " " + e.getMeaning();
                if (tx.executeWrite(s -> store.refused(userId, reason, clock.instant())) == 1) {
                    LOG.warn("Discord refuses direct messages to user {} ({}): their notices are given up until they"
                            + " use a command", userId, reason);
                }
                return new SendResult.Failed(reason, true);
            }
            return new SendResult.Failed(e.getErrorCode() + " " + e.getMeaning(), false);
        } catch (RuntimeException e) {
            // Discord away or JDA shutting down: the notice waits in the outbox
            return new SendResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }
}
