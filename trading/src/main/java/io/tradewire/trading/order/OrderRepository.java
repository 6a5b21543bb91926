package io.tradewire.trading.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderRepository extends CrudRepository<Order, Long> {

    /**
     * Locks the orders among {@code ids} that are due: NEW and past their next attempt, or SENDING
     * with a lease that ran out (the worker that held it died mid-call). Rows another worker holds
     * are skipped, never waited for.
     */
    @Query(value = """
            select * from orders where id in (:ids)
              and ((status = 'NEW' and (next_attempt_at is null or next_attempt_at <= :now))
                   or (status = 'SENDING' and lease_until < :now))
            order by id for update skip locked""", nativeQuery = true)
    List<Order> lockDue(List<Long> ids, Instant now);

    /** Takes the locked orders for one worker until {@code leaseUntil}; each take is one attempt. */
    @Query(value = """
            update orders set status = 'SENDING', lease_until = :leaseUntil, attempts = attempts + 1,
                   sent_at = coalesce(sent_at, :now), updated_at = :now
            where id in (:ids)""", nativeQuery = true)
    void lease(List<Long> ids, Instant leaseUntil, Instant now);

    /** Ids of due orders (see {@link #lockDue}), oldest first. */
    @Query(value = """
            select id from orders
            where (status = 'NEW' and (next_attempt_at is null or next_attempt_at <= :now))
               or (status = 'SENDING' and lease_until < :now)
            order by id limit :limit""", nativeQuery = true)
    List<Long> findDueIds(Instant now, int limit);

    /** Locks one order to book a venue's answer (waits: the holder is finishing it). */
    @Query(value = "select * from orders where id = :id for update", nativeQuery = true)
    Optional<Order> lockForBooking(Long id);

    /** Hands a SENDING order back to the queue, due again at {@code nextAttemptAt}. */
    @Query(value = """
            update orders set status = 'NEW', next_attempt_at = :nextAttemptAt, lease_until = null,
                   status_reason = :reason, attempts = attempts - :refund, updated_at = :now
            where id = :id and status = 'SENDING'""", nativeQuery = true)
    void retryLater(Long id, Instant nextAttemptAt, String reason, int refund, Instant now);

    /** Fails every NEW order of an account (it was disabled), with the reason. */
    @Query(value = """
            update orders set status = 'FAILED', status_reason = :reason, updated_at = :at
            where account_id = :accountId and status = 'NEW'""", nativeQuery = true)
    int failAllNew(Long accountId, String reason, Instant at);

    List<Order> findBySignalIdOrderById(Long signalId);

    @Query(value = """
            select o.* from orders o join venue_accounts a on a.id = o.account_id
            where a.subscriber_id = :subscriberId order by o.id desc limit :limit""", nativeQuery = true)
    List<Order> findForSubscriber(Long subscriberId, int limit);

    @Query(value = "select * from orders order by id desc limit :limit", nativeQuery = true)
    List<Order> findLatest(int limit);

    @Query(value = """
            update orders set status = :status, status_reason = :reason,
                   venue_order_id = coalesce(:venueOrderId, venue_order_id), lease_until = null, updated_at = :at
            where id = :id""", nativeQuery = true)
    void finish(Long id, String status, @Nullable String reason, @Nullable String venueOrderId, Instant at);

    @Query(value = """
            update orders set status = 'CANCELLED', status_reason = :reason, updated_at = :at
            where account_id = :accountId and status = 'NEW'""", nativeQuery = true)
    int cancelAllNew(Long accountId, String reason, Instant at);

    Optional<Order> findByClientOrderId(String clientOrderId);

    @Query(value = """
            update orders set status = 'CANCELLED', status_reason = :reason, updated_at = :at
            where signal_id = :signalId and account_id = :accountId and status = 'NEW'""", nativeQuery = true)
    int cancelNew(Long signalId, Long accountId, String reason, Instant at);

    /** Locks the order with this client order id (a venue's report is booked against it). */
    @Query(value = "select * from orders where client_order_id = :clientOrderId for update", nativeQuery = true)
    Optional<Order> lockByClientOrderId(String clientOrderId);

    /** The jobs of these decisions that are due to be sent (NEW), oldest first. */
    @Query(value = "select id from orders where decision_id in (:decisionIds) and status = 'NEW' order by id",
            nativeQuery = true)
    List<Long> findNewIdsOfDecisions(List<Long> decisionIds);

    @Query(value = "select count(*) from orders where account_id = :accountId and status = 'CANCELLED'",
            nativeQuery = true)
    int countCancelled(Long accountId);
}
