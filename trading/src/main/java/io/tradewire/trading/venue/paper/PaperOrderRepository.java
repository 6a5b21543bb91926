package io.tradewire.trading.venue.paper;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PaperOrderRepository extends CrudRepository<PaperOrder, Long> {
    Optional<PaperOrder> findByClientOrderId(String clientOrderId);

    /**
     * Locks a paper order; empty when it does not exist or another transaction is working it
     * (so a fill in progress never waits on an amend, and the other way round).
     */
    @Query(value = "select * from paper_orders where client_order_id = :clientOrderId for update skip locked",
            nativeQuery = true)
    Optional<PaperOrder> lock(String clientOrderId);

    @Query(value = "select client_order_id from paper_orders where symbol = :symbol and status = 'WORKING' order by id",
            nativeQuery = true)
    List<String> findWorking(String symbol);

    @Query(value = """
            update paper_orders set status = 'FILLED', quantity = :quantity, fill_price = :price, fee = :fee,
                   updated_at = :at where id = :id""", nativeQuery = true)
    void fill(Long id, BigDecimal quantity, BigDecimal price, BigDecimal fee, Instant at);

    @Query(value = "update paper_orders set status = 'CANCELLED', reason = :reason, updated_at = :at where id = :id",
            nativeQuery = true)
    void cancel(Long id, String reason, Instant at);

    @Query(value = "update paper_orders set quantity = :quantity, price = :price, updated_at = :at where id = :id",
            nativeQuery = true)
    void amend(Long id, BigDecimal quantity, @Nullable BigDecimal price, Instant at);
}
