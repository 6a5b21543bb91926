package io.tradewire.bot.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.bot.notify.Notifier;
import io.tradewire.nlp.Signal;
import io.tradewire.trading.inbox.Inbox;
import io.tradewire.trading.inbox.InboxMessage;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.inbox.InboxStatus;
import io.tradewire.trading.followup.PostEdits;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.pipeline.PipelineResult;
import io.tradewire.trading.provider.ProviderParsers;
import io.tradewire.trading.provider.Source;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Channel and group posts into the pipeline, for every chat platform. A post enters the inbox
 * once, under its chat's provider and its platform message id, with the id it replies to (so a
 * follow-up links to its signal), before the platform's update counts as handled; it is read and
 * traded in its channel's lane ({@link ChannelLanes}). An edit is read as an amendment of the
 * post, in the same lane, see {@link EditPlan}.
 */
@Singleton
public class PostIntake {
    private static final Logger LOG = LoggerFactory.getLogger(PostIntake.class);

    private final Pipeline pipeline;
    private final ChannelDirectory directory;
    private final InboxRepository inbox;
    private final SignalRepository signals;
    private final ProviderParsers parsers;
    private final PostEditRepository edits;
    private final PostEdits postEdits;
    private final Notifier notifier;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ChannelLanes lanes = new ChannelLanes();

    PostIntake(Pipeline pipeline, ChannelDirectory directory, InboxRepository inbox, SignalRepository signals,
               ProviderParsers parsers, PostEditRepository edits, PostEdits postEdits, Notifier notifier,
               TransactionOperations<Connection> tx, Clock clock) {
        this.notifier = notifier;
        this.pipeline = pipeline;
        this.directory = directory;
        this.inbox = inbox;
        this.signals = signals;
        this.parsers = parsers;
        this.edits = edits;
        this.postEdits = postEdits;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * A post: stored in the inbox before this returns (so the platform's update may count as
     * handled), then parsed, decided and traded in its channel's lane; a repeat of the same message
     * id is a duplicate.
     */
    public void post(ChannelDirectory.ChatRef chat, String messageId, @Nullable String author, String text,
                     @Nullable String replyTo) {
        post(chat, messageId, author, text, replyTo, null);
    }

    /**
     * As {@link #post(ChannelDirectory.ChatRef, String, String, String, String)}, with the time the
     * platform says it was posted: a post read late (after an outage) is as old as it is.
     */
    public void post(ChannelDirectory.ChatRef chat, String messageId, @Nullable String author, String text,
                     @Nullable String replyTo, @Nullable Instant postedAt) {
        ChatChannel channel = directory.seen(chat);
        String lane = directory.inboxChannel(channel);
        Inbox.Received stored = pipeline.store(new IncomingMessage(ChannelDirectory.source(chat.platform()), lane,
                messageId, author, clip(text), replyTo, false, postedAt));
        if (stored.duplicate() && stored.message().status() != InboxStatus.RECEIVED) {
            // read already (a post seen live, then read back): its signals' fan-out is the lane's or
            // recovery's business, not worth a second pass over every follower
            return;
        }
        lanes.run(lane, "message " + messageId, () -> {
            pipeline.advance(stored.message(), stored.duplicate());
            // the fills of this post are committed: tell the subscribers now, not at the next scan
            notifier.wake();
        });
    }

    /** True once every channel's lane has finished what it was given (tests; a clean stop). */
    public boolean awaitIdle(java.time.Duration within) {
        return lanes.awaitIdle(within);
    }

    @PreDestroy
    void stop() {
        // what is still in a lane is in the inbox: recovery takes it on at the next start
        lanes.awaitIdle(java.time.Duration.ofSeconds(5));
        lanes.close();
    }

    /** What an edit came to: the amendment it made (a follow-up through the pipeline) or why none. */
    public record EditOutcome(String outcome, @Nullable PipelineResult result) {
    }

    /**
     * An edit of a post. {@code editKey} tells edits of one post apart (Telegram's edit date); the
     * same edit seen twice is handled once, since its amendment enters the inbox under a message id
     * made of both.
     */
    public EditOutcome edit(ChannelDirectory.ChatRef chat, String messageId, String editKey, @Nullable String author,
                            String text) {
        ChatChannel channel = directory.seen(chat);
        String inboxChannel = directory.inboxChannel(channel);
        // in the post's lane, after the post itself: waited for, so an edit is never lost with an update
        return ChannelLanes.await(lanes.call(inboxChannel, () -> editNow(chat, channel, inboxChannel, messageId,
                editKey, author, text)));
    }

    private EditOutcome editNow(ChannelDirectory.ChatRef chat, ChatChannel channel, String inboxChannel,
                                String messageId, String editKey, @Nullable String author, String text) {
        Source source = ChannelDirectory.source(chat.platform());
        Optional<InboxMessage> original = tx.executeRead(s ->
                inbox.findBySourceAndChannelAndMessageId(source, inboxChannel, messageId));
        if (original.isEmpty()) {
            // the bot never saw the post itself (it came before the bot joined): the edit is the post
            PipelineResult result = pipeline.submit(new IncomingMessage(source, inboxChannel, messageId, author,
                    clip(text), null));
            notifier.wake();
            return new EditOutcome("read as a new post: the original was never seen", result);
        }
        Optional<String> done = tx.executeRead(s -> edits.outcome(source.name(), inboxChannel, messageId, editKey));
        if (done.isPresent()) {
            return new EditOutcome(done.get(), null);
        }
        Optional<StoredSignal> opened = tx.executeRead(s -> signals.findByInboxMessageIdOrderByOrdinal(
                original.get().id()).stream().filter(sig -> sig.kind() == SignalKind.OPEN).findFirst());
        List<Signal> parsed = parsers.forProvider(channel.providerId()).parseAll(clip(text));
        EditPlan plan = EditPlan.of(opened.orElse(null), parsed, clip(text));
        PipelineResult result = null;
        String outcome = plan.outcome();
        switch (plan) {
            case EditPlan.Amend a -> outcome = amended(postEdits.edit(new IncomingMessage(source, inboxChannel,
                    messageId, author, clip(text), null, true)));
            // a follow-up enters the inbox as a reply to the post, so it acts on what the post opened
            case EditPlan.Submit sub when sub.reply() -> result = pipeline.submit(new IncomingMessage(source,
                    inboxChannel, messageId + "~e" + editKey, author, sub.text(), messageId));
            case EditPlan.Submit sub -> result = pipeline.submit(new IncomingMessage(source, inboxChannel,
                    messageId + "~e" + editKey, author, sub.text(), null));
            case EditPlan.Nothing n -> {
            }
        }
        notifier.wake();
        String said = outcome;
        tx.executeWrite(s -> edits.record(source.name(), inboxChannel, messageId, editKey, clip(text), said,
                clock.instant()));
        LOG.info("post edited source={} channel={} message_id={} outcome={}", source.wire(), inboxChannel, messageId,
                said);
        return new EditOutcome(said, result);
    }

    private static String amended(PostEdits.Edited edited) {
        return switch (edited) {
            case PostEdits.Edited.Applied a when a.duplicate() -> "no change to the trade";
            case PostEdits.Edited.Applied a -> "the copies take the edited prices (revision " + a.revision()
                    + "): each copy's plan says what moved";
            case PostEdits.Edited.Unrouted u -> "stored, not applied: " + u.reason();
            case PostEdits.Edited.NotSeen n -> "not applied: the original post is not in the inbox";
        };
    }

    private static String clip(String text) {
        return text.length() > IncomingMessage.MAX_TEXT ? text.substring(0, IncomingMessage.MAX_TEXT) : text;
    }
}
