package io.tradewire.bot.notify;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.tradewire.trading.order.Fill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Committed engine state the notifier reads: decisions and fills by id, orders by when they changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EngineEvents extends GenericRepository<Fill, Long> {

    @Introspected
    record DecisionRow(Long id, Long subscriberId, String account, String outcome, @Nullable String rule,
                       String reason, Long signalId, String kind, @Nullable String symbol, @Nullable String action,
                       @Nullable Integer tpIndex, String provider) {
    }

    @Introspected
    record FillRow(Long id, Long orderId, BigDecimal quantity, BigDecimal price, BigDecimal fee,
                   BigDecimal realizedPnl, String symbol, String side, String type, String intent, String origin,
                   Long subscriberId, String account, String currency, BigDecimal remaining) {
    }

    @Introspected
    record OrderRow(Long id, String status, @Nullable String statusReason, String symbol, String side, String type,
                    String intent, BigDecimal quantity, @Nullable BigDecimal limitPrice, Instant updatedAt,
                    Long subscriberId, String account) {
    }

    @Introspected
    record AccountRow(Long id, Long subscriberId, String label, boolean disabled, @Nullable String disabledReason) {
    }

    @Query(value = """
            select d.id, d.subscriber_id, a.label as account, d.outcome, d.rule, d.reason, s.id as signal_id,
                   s.kind, s.symbol, s.action, s.tp_index, p.name as provider
            from decisions d join signals s on s.id = d.signal_id join providers p on p.id = s.provider_id
                 join venue_accounts a on a.id = d.account_id
            where d.id > :after order by d.id limit :limit""", nativeQuery = true)
    List<DecisionRow> decisionsAfter(long after, int limit);

    /** Each fill with the position it left: the signed sum of that account's fills on the symbol up to it. */
    @Query(value = """
            select f.id, f.order_id, f.quantity, f.price, f.fee, f.realized_pnl, o.symbol, o.side, o.type, o.intent,
                   o.origin, a.subscriber_id, a.label as account, a.currency,
                   (select coalesce(sum(case when o2.side = 'BUY' then f2.quantity else -f2.quantity end), 0)
                    from fills f2 join orders o2 on o2.id = f2.order_id
                    where o2.account_id = o.account_id and o2.symbol = o.symbol and f2.id <= f.id) as remaining
            from fills f join orders o on o.id = f.order_id join venue_accounts a on a.id = o.account_id
            where f.id > :after order by f.id limit :limit""", nativeQuery = true)
    List<FillRow> fillsAfter(long after, int limit);

    @Query(value = """
            select o.id, o.status, o.status_reason, o.symbol, o.side, o.type, o.intent, o.quantity, o.limit_price,
                   o.updated_at, a.subscriber_id, a.label as account
            from orders o join venue_accounts a on a.id = o.account_id
            where o.updated_at >= :since and o.status in ('PLACED', 'REJECTED', 'FAILED')
            order by o.updated_at, o.id limit :limit""", nativeQuery = true)
    List<OrderRow> ordersChangedSince(Instant since, int limit);

    /** Accounts whose disabled flag differs from what their owner was last told. */
    @Query(value = """
            select a.id, a.subscriber_id, a.label, a.disabled, a.disabled_reason
            from venue_accounts a left join notify_venue_state n on n.account_id = a.id
            where a.disabled <> coalesce(n.disabled, false) order by a.id""", nativeQuery = true)
    List<AccountRow> venueChanges();

    @Query(value = """
            insert into notify_venue_state (account_id, disabled) values (:accountId, :disabled)
            on conflict (account_id) do update set disabled = excluded.disabled""", nativeQuery = true)
    void venueTold(Long accountId, boolean disabled);

    /** A venue's own report on an account (the MT5 bridge: terminal linked, up, down...) and the state before it. */
    @Introspected
    record AccountEventRow(Long id, Long accountId, Long subscriberId, String label, String kind, String detail,
                           @Nullable String previous) {
    }

    @Query(value = """
            select e.id, e.account_id, a.subscriber_id, a.label, e.kind, e.detail,
                   (select p.kind from account_events p where p.account_id = e.account_id and p.id < e.id
                      and p.kind in ('terminal.up', 'terminal.down', 'terminal.no_trading')
                    order by p.id desc limit 1) as previous
            from account_events e join venue_accounts a on a.id = e.account_id
            where e.id > :after order by e.id limit :limit""", nativeQuery = true)
    List<AccountEventRow> accountEventsAfter(long after, int limit);

    /** A plan event (an edit applied to a copy, a stop moved...) with whose copy it is. */
    @Introspected
    record PlanEventRow(Long id, Long subscriberId, String account, String symbol, String kind, String reason) {
    }

    @Query(value = """
            select e.id, a.subscriber_id, a.label as account, p.symbol, e.kind, e.reason
            from plan_events e join order_plans p on p.id = e.plan_id join venue_accounts a on a.id = p.account_id
            where e.id > :after order by e.id limit :limit""", nativeQuery = true)
    List<PlanEventRow> planEventsAfter(long after, int limit);

    @Query(value = "select coalesce(max(id), 0) from plan_events", nativeQuery = true)
    long lastPlanEventId();

    @Query(value = "select coalesce(max(id), 0) from account_events", nativeQuery = true)
    long lastAccountEventId();

    @Query(value = "select coalesce(max(id), 0) from decisions", nativeQuery = true)
    long lastDecisionId();

    @Query(value = "select coalesce(max(id), 0) from fills", nativeQuery = true)
    long lastFillId();

    @Query(value = "select last_id from notify_cursors where name = :name", nativeQuery = true)
    Optional<Long> cursor(String name);

    @Query(value = """
            insert into notify_cursors (name, last_id) values (:name, :lastId)
            on conflict (name) do update set last_id = greatest(notify_cursors.last_id, excluded.last_id)""",
            nativeQuery = true)
    void moveCursor(String name, long lastId);
}
