package io.tradewire.web.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tradewire.trading.stats.FollowerPerformance;
import io.tradewire.trading.stats.Performance;
import io.tradewire.trading.stats.ProviderPerformance;
import io.tradewire.trading.stats.StatsWindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.tradewire.web.json.Decimals.shown;

/** The JSON of the results endpoints; every field is always present, null when it cannot be computed. */
final class StatsViews {
    private StatsViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProviderView(Long providerId, String provider, long followers, @Nullable LocalDate from,
                        @Nullable LocalDate to, Instant asOf, StatsView stats) {
        static ProviderView of(ProviderPerformance p) {
            StatsWindow w = p.window();
            return new ProviderView(p.providerId(), p.provider(), p.followers(), w.from(), w.to(), p.asOf(),
                    StatsView.of(p.performance()));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FollowerView(Long subscriberId, String subscriber, @Nullable LocalDate from, @Nullable LocalDate to,
                        Instant asOf, StatsView stats, List<FollowView> follows) {
        static FollowerView of(FollowerPerformance f) {
            StatsWindow w = f.window();
            return new FollowerView(f.subscriberId(), f.subscriber(), w.from(), w.to(), f.asOf(),
                    StatsView.of(f.performance()), f.follows().stream().map(FollowView::of).toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FollowView(Long followId, Long providerId, String provider, Long accountId, boolean active,
                      StatsView stats) {
        static FollowView of(FollowerPerformance.FollowPerformance f) {
            return new FollowView(f.followId(), f.providerId(), f.provider(), f.accountId(), f.active(),
                    StatsView.of(f.performance()));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StatsView(long trades, long wins, long losses, @Nullable BigDecimal winRate, long tradesWithR,
                     @Nullable BigDecimal averageR, BigDecimal grossProfit, BigDecimal grossLoss, BigDecimal netPnl,
                     @Nullable BigDecimal profitFactor, @Nullable BigDecimal expectancy, BigDecimal startingEquity,
                     BigDecimal maxDrawdown, @Nullable BigDecimal maxDrawdownPct, long days,
                     @Nullable BigDecimal sharpe, @Nullable BigDecimal sortino) {
        static StatsView of(Performance p) {
            return new StatsView(p.trades(), p.wins(), p.losses(), shown(p.winRate()), p.tradesWithR(),
                    shown(p.averageR()), shown(p.grossProfit()), shown(p.grossLoss()), shown(p.netPnl()),
                    shown(p.profitFactor()), shown(p.expectancy()), shown(p.startingEquity()),
                    shown(p.maxDrawdown()), shown(p.maxDrawdownPct()), p.days(), shown(p.sharpe()),
                    shown(p.sortino()));
        }
    }
}
