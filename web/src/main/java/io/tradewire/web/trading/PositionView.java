package io.tradewire.web.trading;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.position.Position;

import java.math.BigDecimal;
import java.time.Instant;

@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PositionView(Long accountId, String symbol, String side, BigDecimal quantity, BigDecimal averagePrice,
                           BigDecimal realizedPnl, @Nullable BigDecimal stopLoss, Instant updatedAt) {
    static PositionView of(Position p) {
        String side = p.quantity().signum() > 0 ? "long" : p.quantity().signum() < 0 ? "short" : "flat";
        return new PositionView(p.accountId(), p.symbol(), side, p.quantity().abs(), p.averagePrice(),
                p.realizedPnl(), p.stopLoss(), p.updatedAt());
    }
}
