package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.follow.Follow;

import java.math.BigDecimal;
import java.util.List;

/**
 * Changes to follows that the engine's setup does not offer (yet): new settings, stopping and
 * restarting a follow. Only the columns named here are written, so a column added later to
 * follows keeps its value.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FollowStore extends GenericRepository<Follow, Long> {

    @Query(value = "select * from follows where subscriber_id = :subscriberId order by id", nativeQuery = true)
    List<Follow> ofSubscriber(Long subscriberId);

    @Query(value = """
            update follows set sizing_mode = :sizingMode, sizing_value = :sizingValue, max_leverage = :maxLeverage,
                   require_stop_loss = :requireStopLoss, max_open_positions = :maxOpenPositions,
                   max_signal_age_seconds = :maxSignalAgeSeconds, allowed_symbols = :allowedSymbols,
                   denied_symbols = :deniedSymbols, max_trades_per_day = :maxTradesPerDay,
                   min_position_pct = :minPositionPct, max_position_pct = :maxPositionPct,
                   trading_hours = :tradingHours, daily_loss_limit = :dailyLossLimit,
                   max_drawdown_pct = :maxDrawdownPct
            where id = :id""", nativeQuery = true)
    void updateSettings(Long id, String sizingMode, BigDecimal sizingValue, @Nullable Integer maxLeverage,
                        boolean requireStopLoss, @Nullable Integer maxOpenPositions,
                        @Nullable Integer maxSignalAgeSeconds, String allowedSymbols, String deniedSymbols,
                        @Nullable Integer maxTradesPerDay, @Nullable BigDecimal minPositionPct,
                        @Nullable BigDecimal maxPositionPct, @Nullable String tradingHours,
                        @Nullable String dailyLossLimit, @Nullable BigDecimal maxDrawdownPct);

    @Query(value = "update follows set active = :active where id = :id", nativeQuery = true)
    void setActive(Long id, boolean active);

    /** Writes a follow's settings as the engine stores them (the values {@link Follow#of} computes). */
    default void write(Long followId, Follow values) {
        updateSettings(followId, values.sizingMode().name(), values.sizingValue(), values.maxLeverage(),
                values.requireStopLoss(), values.maxOpenPositions(), values.maxSignalAgeSeconds(),
                values.allowedSymbols(), values.deniedSymbols(), values.maxTradesPerDay(), values.minPositionPct(),
                values.maxPositionPct(), values.tradingHours(), values.dailyLossLimit(), values.maxDrawdownPct());
    }
}
