package io.tradewire.trading.inbox;

import jakarta.inject.Singleton;

import java.time.Clock;

/** The first step of the pipeline: every post is stored once, before it is read. */
@Singleton
public class Inbox {
    private final InboxRepository repository;
    private final Clock clock;

    Inbox(InboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Stores the message unless the same one is already there; either way returns the stored row. */
    public Received receive(IncomingMessage m) {
        int inserted = repository.insertIfAbsent(m.source().name(), m.channel(), m.messageId(), m.author(), m.text(),
                m.replyTo(), clock.instant(), m.postedAt());
        InboxMessage stored = repository.findBySourceAndChannelAndMessageId(m.source(), m.channel(), m.messageId())
                .orElseThrow(() -> new IllegalStateException("inbox row vanished after insert"));
        return new Received(stored, inserted == 0);
    }

    /** A stored message, and whether it had been stored before this call. */
    public record Received(InboxMessage message, boolean duplicate) {
    }
}
