package io.tradewire.bot.command;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.order.Fill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads for /history and /why that the engine's queries do not offer. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TradeStore extends GenericRepository<Fill, Long> {

    /** A closing fill with its account and P&L after the fee. */
    @Introspected
    record TradeRow(Long fillId, String account, String symbol, String side, BigDecimal quantity, BigDecimal price,
                    BigDecimal pnl, Instant filledAt) {
    }

    @Query(value = """
            select f.id as fill_id, a.label as account, o.symbol, o.side, f.quantity, f.price,
                   f.realized_pnl - f.fee as pnl, f.filled_at
            from fills f join orders o on o.id = f.order_id join venue_accounts a on a.id = o.account_id
            where a.subscriber_id = :subscriberId and o.intent = 'CLOSE'
            order by f.id desc limit :limit""", nativeQuery = true)
    List<TradeRow> closingFills(Long subscriberId, int limit);

    @Query(value = "select signal_id from decisions where subscriber_id = :subscriberId order by id desc limit 1",
            nativeQuery = true)
    Optional<Long> latestDecidedSignal(Long subscriberId);
}
