package io.tradewire.bot.notify;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds what to tell subscribers by reading the engine's committed rows, so the engine knows
 * nothing of chats. Decisions and fills are read by id after a stored cursor; orders that came
 * to rest or were refused, by when they changed (with an overlap); accounts, by comparing their
 * disabled flag with what was last told. Each batch's notices and the cursor move commit
 * together, and each notice has a key, so a restart or a second instance neither loses nor
 * repeats one.
 */
@Singleton
public class EngineWatcher {
    static final int BATCH = 500;
    /** orders changed this long before the newest one seen are read again (their notices are deduplicated) */
    static final Duration ORDER_OVERLAP = Duration.ofMinutes(1);

    private final EngineEvents events;
    private final Outbox outbox;
    private final NotifyConfig config;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    /** when each missing id was first seen missing, per cursor: see {@link #advance} */
    private final Map<String, Instant> gaps = new ConcurrentHashMap<>();

    EngineWatcher(EngineEvents events, Outbox outbox, NotifyConfig config, TransactionOperations<Connection> tx,
                  Clock clock) {
        this.events = events;
        this.outbox = outbox;
        this.config = config;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The first time the notifier runs against a database it starts from now: what the engine did
     * before there were notices is history (/orders, /history), not news.
     */
    public void startFromNowIfNew() {
        tx.executeWrite(s -> {
            if (events.cursor("decisions").isEmpty()) {
                events.moveCursor("decisions", events.lastDecisionId());
                events.moveCursor("fills", events.lastFillId());
                events.moveCursor("orders", clock.millis());
            }
            // added after the first three: a database that had notices before starts these from now too
            if (events.cursor("account_events").isEmpty()) {
                events.moveCursor("account_events", events.lastAccountEventId());
            }
            if (events.cursor("plan_events").isEmpty()) {
                events.moveCursor("plan_events", events.lastPlanEventId());
            }
            return null;
        });
    }

    /** One pass over every source; returns how many notices were queued. */
    public int scanOnce() {
        return tx.executeWrite(s -> {
            int queued = byId("decisions", events::decisionsAfter, EngineEvents.DecisionRow::id,
                    d -> Notices.decision(d).map(outbox::enqueue).orElse(0));
            queued += byId("fills", events::fillsAfter, EngineEvents.FillRow::id, f -> outbox.enqueue(Notices.fill(f)));
            queued += orders();
            queued += venues();
            queued += byId("account_events", events::accountEventsAfter, EngineEvents.AccountEventRow::id,
                    e -> Notices.accountEvent(e).map(outbox::enqueue).orElse(0));
            queued += byId("plan_events", events::planEventsAfter, EngineEvents.PlanEventRow::id,
                    e -> Notices.planEvent(e).map(outbox::enqueue).orElse(0));
            return queued;
        });
    }

    private <R> int byId(String name, Reader<R> read, Function<R, Long> idOf, Function<R, Integer> notify) {
        long cursor = events.cursor(name).orElse(0L);
        List<R> rows = read.after(cursor, BATCH);
        int queued = 0;
        for (R row : rows) {
            queued += notify.apply(row);
        }
        long next = advance(name, cursor, rows.stream().map(idOf).toList());
        if (next > cursor) {
            events.moveCursor(name, next);
        }
        return queued;
    }

    /**
     * The cursor moves over ids seen in an unbroken run. A missing id may belong to a transaction
     * that has not committed yet, so it is waited for (the rows after it are read again, and
     * their notices deduplicated) until it has been missing for the settle time; then it is
     * taken to be rolled back and passed.
     */
    long advance(String name, long cursor, List<Long> ids) {
        long next = cursor;
        Instant now = clock.instant();
        for (long id : ids) {
            if (id == next + 1) {
                gaps.remove(name + ":" + id);
            } else {
                Instant since = gaps.computeIfAbsent(name + ":" + (next + 1), k -> now);
                if (Duration.between(since, now).compareTo(config.getSettle()) < 0) {
                    break;
                }
                gaps.remove(name + ":" + (next + 1));
            }
            next = id;
        }
        return next;
    }

    private int orders() {
        long cursor = events.cursor("orders").orElse(0L);
        List<EngineEvents.OrderRow> rows = events.ordersChangedSince(Instant.ofEpochMilli(cursor)
                .minus(ORDER_OVERLAP), BATCH * 4);
        int queued = 0;
        long newest = cursor;
        for (EngineEvents.OrderRow o : rows) {
            queued += Notices.order(o).map(outbox::enqueue).orElse(0);
            newest = Math.max(newest, o.updatedAt().toEpochMilli());
        }
        if (newest > cursor) {
            events.moveCursor("orders", newest);
        }
        return queued;
    }

    private int venues() {
        int queued = 0;
        for (EngineEvents.AccountRow a : events.venueChanges()) {
            queued += outbox.enqueue(Notices.venue(a, clock.millis()));
            events.venueTold(a.id(), a.disabled());
        }
        return queued;
    }

    @FunctionalInterface
    private interface Reader<R> {
        List<R> after(long cursor, int limit);
    }
}
