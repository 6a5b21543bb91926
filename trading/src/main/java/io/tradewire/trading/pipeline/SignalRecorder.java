package io.tradewire.trading.pipeline;

import io.tradewire.nlp.Signal;
import io.tradewire.nlp.SignalParser;
import io.tradewire.trading.inbox.InboxMessage;
import io.tradewire.trading.inbox.InboxRepository;
import io.tradewire.trading.inbox.InboxStatus;
import io.tradewire.trading.metrics.TradingMetrics;
import io.tradewire.trading.provider.Provider;
import io.tradewire.trading.provider.ProviderParsers;
import io.tradewire.trading.provider.ProviderRepository;
import io.tradewire.trading.signal.SignalKind;
import io.tradewire.trading.signal.SignalRepository;
import io.tradewire.trading.signal.StoredSignal;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step two: finds the provider, parses the text, stores the signal. Runs in the caller's transaction. */
@Singleton
class SignalRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(SignalRecorder.class);

    private final ProviderParsers parsers;
    private final ProviderRepository providers;
    private final SignalRepository signals;
    private final InboxRepository inbox;
    private final TradingMetrics metrics;
    private final Clock clock;

    SignalRecorder(ProviderParsers parsers, ProviderRepository providers, SignalRepository signals, InboxRepository inbox,
                   TradingMetrics metrics, Clock clock) {
        this.parsers = parsers;
        this.providers = providers;
        this.signals = signals;
        this.inbox = inbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The signal of a stored message (parsing it now if this is the first time), or why there is none. */
    Recorded record(InboxMessage unlocked) {
        InboxMessage message = inbox.lock(unlocked.id()).orElseThrow();
        List<StoredSignal> done = signals.findByInboxMessageIdOrderByOrdinal(message.id());
        if (!done.isEmpty()) {
            return new Recorded.Stored(done);
        }
        Optional<Provider> provider = providers.findBySourceAndChannel(message.source(), message.channel());
        if (provider.isEmpty()) {
            String reason = "no provider is registered for " + message.source().wire() + " channel '"
                    + message.channel() + "'";
            inbox.mark(message.id(), InboxStatus.UNROUTED.name(), reason);
            LOG.warn("message unrouted inbox={} reason={}", message.id(), reason);
            return new Recorded.Unrouted(message.id(), reason);
        }
        Long providerId = provider.get().id();
        SignalParser parser = parsers.forProvider(providerId);
        List<Signal> parsed = parser.parseAll(message.text());
        List<StoredSignal> stored = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            stored.add(store(message, providerId, parser, parsed.get(i), i));
        }
        inbox.mark(message.id(), InboxStatus.PARSED.name(), null);
        return new Recorded.Stored(stored);
    }

    private StoredSignal store(InboxMessage message, Long providerId, SignalParser parser, Signal parsed, int ordinal) {
        StoredSignal parent = parsed instanceof Signal.Update u ? parentOf(message, providerId, u.symbol()) : null;
        String updateSymbol = parsed instanceof Signal.Update u && u.symbol() != null ? u.symbol()
                : parent == null ? null : parent.symbol();
        StoredSignal stored = signals.save(StoredSignal.of(parsed, ordinal, message.id(), providerId,
                parent == null ? null : parent.id(), updateSymbol, parser.getClass().getSimpleName(), clock.instant()));
        metrics.parsed(parsed.kind());
        LOG.info("signal parsed signal={} inbox={} provider={} kind={} symbol={}", stored.id(), message.id(),
                providerId, parsed.kind(), stored.symbol());
        return stored;
    }

    /** A follow-up belongs to the signal it replies to, else to the provider's latest open signal on its symbol. */
    private StoredSignal parentOf(InboxMessage message, Long providerId, String symbol) {
        if (message.replyTo() != null) {
            Optional<StoredSignal> replied = inbox
                    .findBySourceAndChannelAndMessageId(message.source(), message.channel(), message.replyTo())
                    .flatMap(m -> signals.findByInboxMessageIdOrderByOrdinal(m.id()).stream()
                            .filter(s -> s.kind() == SignalKind.OPEN)
                            .filter(s -> symbol == null || symbol.equals(s.symbol()))
                            .findFirst());
            if (replied.isPresent()) {
                return replied.get();
            }
        }
        return signals.findLatestOpen(providerId, symbol).orElse(null);
    }

    sealed interface Recorded {
        record Stored(List<StoredSignal> signals) implements Recorded {
        }

        record Unrouted(Long inboxId, String reason) implements Recorded {
        }
    }
}
