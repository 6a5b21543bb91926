package io.tradewire.bot.command;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.tradewire.nlp.Side;
import io.tradewire.trading.account.Subscriber;
import io.tradewire.trading.account.SubscriberRepository;
import io.tradewire.trading.account.VenueAccount;
import io.tradewire.trading.audit.AuditLog;
import io.tradewire.trading.order.Fill;
import io.tradewire.trading.order.Order;
import io.tradewire.trading.position.Position;
import io.tradewire.trading.query.TradingQueries;
import io.tradewire.trading.query.Viewer;
import io.tradewire.trading.stats.FollowerPerformance;
import io.tradewire.trading.stats.MarkedPosition;
import io.tradewire.trading.stats.PerformanceStats;
import io.tradewire.trading.stats.PositionMarks;
import io.tradewire.trading.stats.StatsWindow;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /pause, /resume, /positions, /orders, /pnl and /history. */
@Singleton
public class TradeCommands {
    static final int LISTED = 10;

    private final Identities identities;
    private final SubscriberRepository subscribers;
    private final TradingQueries queries;
    private final PositionMarks marks;
    private final PerformanceStats stats;
    private final TradeStore trades;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    TradeCommands(Identities identities, SubscriberRepository subscribers, TradingQueries queries,
                  PositionMarks marks, PerformanceStats stats, TradeStore trades, AuditLog audit,
                  TransactionOperations<Connection> tx, Clock clock) {
        this.identities = identities;
        this.subscribers = subscribers;
        this.queries = queries;
        this.marks = marks;
        this.stats = stats;
        this.trades = trades;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Stops new entries; open trades are still managed (follow-ups, closes, stops). */
    public Views.PauseState pause(ChatUser user) {
        return setPaused(user.actor(), identities.require(user), true);
    }

    public Views.PauseState resume(ChatUser user) {
        return setPaused(user.actor(), identities.require(user), false);
    }

    Views.PauseState setPaused(String actor, Subscriber who, boolean paused) {
        return tx.executeWrite(s -> {
            Subscriber sub = subscribers.findById(who.id()).orElseThrow();
            if (sub.paused() == paused) {
                return new Views.PauseState(sub.name(), paused, false);
            }
            subscribers.update(new Subscriber(sub.id(), sub.name(), sub.timeZone(), paused, sub.createdAt()));
            audit.record(actor, paused ? "subscriber.pause" : "subscriber.resume", "subscriber:" + sub.id(),
                    paused ? "new entries stopped" : "new entries allowed");
            return new Views.PauseState(sub.name(), paused, true);
        });
    }

    /** Open positions on every account, marked at the latest price. */
    public List<Views.PositionLine> positions(ChatUser user) {
        Subscriber sub = identities.require(user);
        Map<Long, VenueAccount> accounts = accounts(sub);
        List<Position> open = queries.positions(new Viewer.User(sub.name())).stream().filter(Position::isOpen).toList();
        return marks.mark(open).stream().map(m -> {
            Position p = m.position();
            VenueAccount a = accounts.get(p.accountId());
            return new Views.PositionLine(a.label(), p.symbol(), p.quantity(), p.averagePrice(), m.markPrice(),
                    m.unrealizedPnl(), p.realizedPnl(), p.stopLoss(), a.currency());
        }).toList();
    }

    /** The latest orders, newest first, with their average fill price. */
    public List<Views.OrderLine> orders(ChatUser user) {
        Subscriber sub = identities.require(user);
        Map<Long, VenueAccount> accounts = accounts(sub);
        return queries.orders(new Viewer.User(sub.name()), LISTED).stream()
                .map(o -> orderLine(o, accounts.get(o.accountId()).label(), queries.fills(o.id()))).toList();
    }

    /** The realised record over the period, and the open positions' unrealised P&L now. */
    public Views.PnlReport pnl(ChatUser user, PnlPeriod period) {
        Subscriber sub = identities.require(user);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = period == PnlPeriod.ALL ? null : today.minusDays(period.days() - 1L);
        FollowerPerformance record = stats.follower(sub, new StatsWindow(from, today));
        BigDecimal unrealized = marks.mark(queries.positions(new Viewer.User(sub.name()))).stream()
                .map(MarkedPosition::unrealizedPnl).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var p = record.performance();
        String currency = accounts(sub).values().stream().map(VenueAccount::currency).findFirst().orElse("");
        return new Views.PnlReport(period, from, today, p.trades(), p.wins(), p.losses(), p.winRate(), p.netPnl(),
                p.maxDrawdown(), unrealized, currency);
    }

    /** The latest closed trades, newest first. */
    public List<Views.TradeLine> history(ChatUser user) {
        Subscriber sub = identities.require(user);
        return tx.executeRead(s -> trades.closingFills(sub.id(), LISTED)).stream()
                .map(r -> new Views.TradeLine(r.account(), r.symbol(), Side.valueOf(r.side()), r.quantity(),
                        r.price(), r.pnl(), r.filledAt())).toList();
    }

    Map<Long, VenueAccount> accounts(Subscriber sub) {
        Map<Long, VenueAccount> out = new HashMap<>();
        queries.accounts(sub.name()).forEach(a -> out.put(a.id(), a));
        return out;
    }

    static Views.OrderLine orderLine(Order o, String account, List<Fill> fills) {
        return new Views.OrderLine(o.id(), account, o.symbol(), o.side(), o.type().name().toLowerCase(Locale.ROOT),
                o.intent().name().toLowerCase(Locale.ROOT), o.quantity(), o.status().name().toLowerCase(Locale.ROOT),
                averagePrice(fills, o.limitPrice()), o.statusReason(), o.updatedAt());
    }

    @Nullable
    private static BigDecimal averagePrice(List<Fill> fills, @Nullable BigDecimal otherwise) {
        BigDecimal qty = fills.stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (qty.signum() == 0) {
            return otherwise;
        }
        BigDecimal value = fills.stream().map(f -> f.quantity().multiply(f.price())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return value.divide(qty, MathContext.DECIMAL64);
    }
}
