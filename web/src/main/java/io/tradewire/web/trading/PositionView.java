package io.tradewire.web.trading;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.stats.MarkedPosition;

import java.math.BigDecimal;

import static io.tradewire.web.json.Decimals.shown;
import java.time.Instant;

/**
 * A position: {@code realized_pnl} and {@code fees} over all fills of the account and symbol,
 * {@code unrealized_pnl} at {@code mark_price} (null when open and no price is known).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PositionView(Long accountId, String symbol, String side, BigDecimal quantity, BigDecimal averagePrice,
                           BigDecimal realizedPnl, @Nullable BigDecimal stopLoss, Instant updatedAt,
                           @Nullable BigDecimal markPrice, @Nullable BigDecimal unrealizedPnl, BigDecimal fees) {
    static PositionView of(MarkedPosition m) {
        Position p = m.position();
        String side = p.quantity().signum() > 0 ? "long" : p.quantity().signum() < 0 ? "short" : "flat";
        return new PositionView(p.accountId(), p.symbol(), side, shown(p.quantity().abs()), shown(p.averagePrice()),
                shown(p.realizedPnl()), shown(p.stopLoss()), p.updatedAt(), shown(m.markPrice()),
                shown(m.unrealizedPnl()), shown(m.fees()));
    }
}
