package io.tradewire.web.signal;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.signal.StoredSignal;

import java.math.BigDecimal;

import static io.tradewire.web.json.Decimals.shown;
import java.time.Instant;
import java.util.List;

/** A stored signal as the API shows it; field names follow the {@code parse} command's format. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SignalView(Long id, Long providerId, @Nullable Long parentSignalId, String kind,
                         @Nullable String symbol, @Nullable String side, @Nullable String orderType,
                         @Nullable BigDecimal entry, @Nullable BigDecimal entryLow, @Nullable BigDecimal entryHigh,
                         @Nullable BigDecimal stopLoss, List<BigDecimal> takeProfits, @Nullable Integer leverage,
                         @Nullable String action, @Nullable BigDecimal fraction, @Nullable BigDecimal newSl,
                         boolean newSlBreakeven, @Nullable Integer tp, @Nullable String reason, String parser,
                         Instant createdAt) {
    static SignalView of(StoredSignal s) {
        return new SignalView(s.id(), s.providerId(), s.parentSignalId(), s.kind().name().toLowerCase(), s.symbol(),
                s.side() == null ? null : s.side().wire(), s.orderType() == null ? null : s.orderType().wire(),
                shown(s.entry()), shown(s.entryLow()), shown(s.entryHigh()), shown(s.stopLoss()),
                shown(s.takeProfits()), s.leverage(), s.action() == null ? null : s.action().wire(),
                shown(s.fraction()), shown(s.newSl()), s.newSlBreakeven(),
                s.tpIndex(), s.reason(), s.parser(), s.createdAt());
    }
}
