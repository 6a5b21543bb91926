package io.tradewire.trading.signal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.tradewire.nlp.OrderType;
import io.tradewire.nlp.Side;
import io.tradewire.nlp.Signal;
import io.tradewire.nlp.UpdateAction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A parsed post as stored: the parser's output, flat, with the provider and the signal it
 * follows up. {@code reason} says why a NONE is none, or why an OPEN was flagged as untradable;
 * {@code ordinal} is its place among the signals of one post (0 for the first).
 */
@MappedEntity("signals")
public record StoredSignal(@Id @GeneratedValue @Nullable Long id, Long inboxMessageId, Long providerId,
                           @Nullable Long parentSignalId, SignalKind kind, @Nullable String symbol,
                           @Nullable Side side, @Nullable OrderType orderType, @Nullable BigDecimal entry,
                           @Nullable BigDecimal entryLow, @Nullable BigDecimal entryHigh,
                           @Nullable BigDecimal stopLoss,
                           @TypeDef(type = DataType.STRING, converter = DecimalListConverter.class)
                           List<BigDecimal> takeProfits,
                           @Nullable Integer leverage, @Nullable UpdateAction action, @Nullable BigDecimal fraction,
                           @Nullable BigDecimal newSl, boolean newSlBreakeven, @Nullable Integer tpIndex,
                           @Nullable String reason, String parser, boolean routed, Instant createdAt,
                           int ordinal) {

    /** Flattens a parsed signal for storage. */
    public static StoredSignal of(Signal s, int ordinal, Long inboxId, Long providerId, Long parentId,
                                  String updateSymbol, String parser, Instant now) {
        return switch (s) {
            case Signal.Open o -> new StoredSignal(null, inboxId, providerId, null, SignalKind.OPEN, o.symbol(),
                    o.side(), o.orderType(), o.entry(), o.entryLow(), o.entryHigh(), o.stopLoss(), o.takeProfits(),
                    o.leverage(), null, null, null, false, null, o.problem(), parser, false, now, ordinal);
            case Signal.Update u -> new StoredSignal(null, inboxId, providerId, parentId, SignalKind.UPDATE,
                    updateSymbol, null, null, null, null, null, null, List.of(), null, u.action(), u.fraction(),
                    u.newStop() == null ? null : u.newStop().price(),
                    u.newStop() != null && u.newStop().breakeven(), u.tp(), null, parser, false, now, ordinal);
            case Signal.None n -> new StoredSignal(null, inboxId, providerId, null, SignalKind.NONE, null, null,
                    null, null, null, null, null, List.of(), null, null, null, null, false, null, n.reason(),
                    parser, false, now, ordinal);
        };
    }

    /** The parsed open signal back as the parser's type (only for {@code OPEN}). */
    public Signal.Open asOpen() {
        return new Signal.Open(symbol, side, orderType, entry, entryLow, entryHigh, stopLoss, takeProfits, leverage,
                java.util.List.of(), reason);
    }

    /** The price this signal names: its entry or the middle of its zone; null when at market. */
    @Nullable
    public BigDecimal referencePrice() {
        return kind == SignalKind.OPEN ? asOpen().referencePrice() : null;
    }

}
