package io.tradewire.trading.followup;

import io.micronaut.transaction.TransactionOperations;
import io.tradewire.nlp.Signal;
import io.tradewire.trading.inbox.InboxEdit;
import io.tradewire.trading.inbox.InboxEditRepository;
import io.tradewire.trading.inbox.InboxMessage;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.inbox.IncomingMessage;
import io.tradewire.trading.pipeline.Pipeline;
import io.tradewire.trading.pipeline.PipelineResult;
import io.tradewire.trading.plan.OrderPlan;
import io.tradewire.trading.plan.Plans;
import io.tradewire.trading.provider.ProviderParsers;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An edit of a post already received: the new text is stored as the next revision and
 * re-parsed. Each open signal of the post that still reads as the same trade (symbol and side)
 * takes the edited prices, and every follower's plan of it is amended: what has not filled
 * moves, what filled is left alone, each said in a plan event. A signal the edit no longer reads
 * as the same sound trade is not changed, and every follower's plan records why.
 */
@Singleton
public class PostEdits {
    private static final Logger LOG = LoggerFactory.getLogger(PostEdits.class);

    private final InboxRepository inbox;
    private final InboxEditRepository edits;
    private final SignalRepository signals;
    private final ProviderParsers parsers;
    private final Plans plans;
    private final Pipeline pipeline;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    PostEdits(InboxRepository inbox, InboxEditRepository edits, SignalRepository signals, ProviderParsers parsers,
              Plans plans, Pipeline pipeline, TransactionOperations<Connection> tx, Clock clock) {
        this.inbox = inbox;
        this.edits = edits;
        this.signals = signals;
        this.parsers = parsers;
        this.plans = plans;
        this.pipeline = pipeline;
        this.tx = tx;
        this.clock = clock;
    }

    /** What became of an edit. */
    public sealed interface Edited {
        /** The edited message was never received: the caller takes the edit as a new post. */
        record NotSeen() implements Edited {
        }

        /** The post's signals as they are now; {@code duplicate} when this text was already the latest. */
        record Applied(List<Long> signalIds, int revision, boolean duplicate) implements Edited {
        }

        /** The original post has no provider; the edit is stored and nothing else happens. */
        record Unrouted(Long inboxId, String reason) implements Edited {
        }
    }

    public Edited edit(IncomingMessage message) {
        var original = tx.executeRead(s -> inbox.findBySourceAndChannelAndMessageId(message.source(),
                message.channel(), message.messageId()));
        if (original.isEmpty()) {
            return new Edited.NotSeen();
        }
        // a post not yet read and routed (a crash in between) is taken that far first, so the edit
        // has its orders to amend; one already routed is left as it is (its unsent orders too)
        boolean routed = tx.executeRead(s -> {
            List<StoredSignal> stored = signals.findByInboxMessageIdOrderByOrdinal(original.get().id());
            return !stored.isEmpty() && stored.stream().allMatch(StoredSignal::routed);
        });
        if (!routed && pipeline.advance(original.get(), true) instanceof PipelineResult.Unrouted u) {
            tx.executeWrite(s -> store(original.get(), message));
            return new Edited.Unrouted(u.inboxId(), u.reason());
        }
        return tx.executeWrite(s -> apply(original.get(), message));
    }

    /** Stores the text as the next revision; 0 when it is the latest text already. */
    private int store(InboxMessage original, IncomingMessage message) {
        inbox.lock(original.id()).orElseThrow();
        var latest = edits.findFirstByInboxMessageIdOrderByRevisionDesc(original.id());
        String current = latest.map(InboxEdit::text).orElse(original.text());
        if (current.equals(message.text())) {
            return 0;
        }
        int revision = latest.map(e -> e.revision() + 1).orElse(1);
        edits.save(new InboxEdit(null, original.id(), revision, message.text(), clock.instant()));
        return revision;
    }

    private Edited apply(InboxMessage original, IncomingMessage message) {
        List<StoredSignal> stored = signals.findByInboxMessageIdOrderByOrdinal(original.id());
        List<Long> ids = stored.stream().map(StoredSignal::id).toList();
        int revision = store(original, message);
        if (revision == 0) {
            return new Edited.Applied(ids, 0, true);
        }
        List<Signal> parsed = parsers.forProvider(stored.get(0).providerId()).parseAll(message.text());
        for (StoredSignal signal : stored) {
            if (signal.kind() != SignalKind.OPEN) {
                continue;
            }
            Signal now = signal.ordinal() < parsed.size() ? parsed.get(signal.ordinal()) : null;
            List<OrderPlan> made = plans.plansOf(signal.id());
            if (now instanceof Signal.Open o && o.symbol().equals(signal.symbol()) && o.side() == signal.side()
                    && !o.isFlagged()) {
                signals.update(edited(signal, o));
                for (OrderPlan plan : made) {
                    String said = plans.amendToEdit(plan.id(), signal.id(), o);
                    LOG.info("edit applied signal={} plan={} revision={} {}", signal.id(), plan.id(), revision, said);
                }
            } else {
                String why = "edit (revision " + revision + ") not applied: " + (now instanceof Signal.Open o
                        && o.isFlagged() ? "the edited prices cannot make a sound trade (" + o.problem() + ")"
                        : "the edited post no longer reads as a " + signal.side().wire() + " " + signal.symbol()
                        + " signal") + "; the orders stay as they were";
                for (OrderPlan plan : made) {
                    plans.record(plan.id(), signal.id(), "edit", why);
                }
            }
        }
        return new Edited.Applied(ids, revision, false);
    }

    private static StoredSignal edited(StoredSignal s, Signal.Open o) {
        return new StoredSignal(s.id(), s.inboxMessageId(), s.providerId(), s.parentSignalId(), s.kind(), s.symbol(),
                s.side(), o.orderType(), o.entry(), o.entryLow(), o.entryHigh(), o.stopLoss(),
                new ArrayList<>(o.takeProfits()), o.leverage() == null ? s.leverage() : o.leverage(), s.action(),
                s.fraction(), s.newSl(), s.newSlBreakeven(), s.tpIndex(), s.reason(), s.parser(), s.routed(),
                s.createdAt(), s.ordinal());
    }
}
