package io.tradewire.web.trading;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.position.Position;

import java.math.BigDecimal;

import static io.tradewire.web.json.Decimals.shown;
import java.time.Instant;

@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PositionView(Long accountId, String symbol, String side, BigDecimal quantity, BigDecimal averagePrice,
                           BigDecimal realizedPnl, @Nullable BigDecimal stopLoss, Instant updatedAt) {
    static PositionView of(Position p) {
        String side = p.quantity().signum() > 0 ? "long" : p.quantity().signum() < 0 ? "short" : "flat";
        return new PositionView(p.accountId(), p.symbol(), side, shown(p.quantity().abs()), shown(p.averagePrice()),
                shown(p.realizedPnl()), shown(p.stopLoss()), p.updatedAt());
    }
}
