package io.tradewire.web.trading;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.order.Fill;
import io.tradewire.trading.order.Order;

import java.math.BigDecimal;

import static io.tradewire.web.json.Decimals.shown;
import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it. An order plan's legs name their plan and leg ({@code entry-1},
 * {@code sl}, {@code tp-2}, {@code close}); {@code price} is a limit's price, a stop's trigger or a
 * target (null at market); {@code armed} tells whether an exit is live (its entry has filled).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderView(Long id, Long signalId, Long accountId, String clientOrderId, String venue, String symbol,
                        String side, String type, String intent, BigDecimal quantity, String status,
                        @Nullable String statusReason, List<FillView> fills, Instant createdAt,
                        @Nullable Long planId, @Nullable String leg, @Nullable BigDecimal price, boolean armed) {

    public static OrderView of(Order o, List<Fill> fills) {
        return new OrderView(o.id(), o.signalId(), o.accountId(), o.clientOrderId(), o.venue().toLowerCase(),
                o.symbol(), o.side().wire(), o.type().wire(), o.intent().name().toLowerCase(), shown(o.quantity()),
                o.status().name().toLowerCase(), o.statusReason(),
                fills.stream().map(f -> new FillView(shown(f.quantity()), shown(f.price()), shown(f.fee()), f.filledAt())).toList(),
                o.createdAt(), o.planId(), o.leg(), shown(o.workingPrice()), o.armed());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FillView(BigDecimal quantity, BigDecimal price, BigDecimal fee, Instant filledAt) {
    }
}
