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

    /** Locks a NEW order for this transaction; empty if another worker holds it or it is done. */
    @Query(value = "select * from orders where id = :id and status = 'NEW' for update skip locked",
            nativeQuery = true)
    Optional<Order> claim(Long id);

    @Query(value = "select id from orders where status = 'NEW' order by id limit :limit", nativeQuery = true)
    List<Long> findNewIds(int limit);

    List<Order> findBySignalIdOrderById(Long signalId);

    @Query(value = """
            select o.* from orders o join venue_accounts a on a.id = o.account_id
            where a.subscriber_id = :subscriberId order by o.id desc limit :limit""", nativeQuery = true)
    List<Order> findForSubscriber(Long subscriberId, int limit);

    @Query(value = "select * from orders order by id desc limit :limit", nativeQuery = true)
    List<Order> findLatest(int limit);

    @Query(value = """
            update orders set status = :status, status_reason = :reason, venue_order_id = :venueOrderId,
                   attempts = attempts + 1, updated_at = :at
            where id = :id""", nativeQuery = true)
    void finish(Long id, String status, @Nullable String reason, @Nullable String venueOrderId, Instant at);

    @Query(value = "update orders set sent_at = coalesce(sent_at, :at) where id = :id", nativeQuery = true)
    void markSent(Long id, Instant at);

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
}
