package io.tradewire.trading.venue.sim;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SimOrderRepository extends CrudRepository<SimOrderRow, Long> {
    List<SimOrderRow> findByClientOrderIdOrderById(String clientOrderId);

    List<SimOrderRow> findByAccountIdOrderById(Long accountId);

    @Query(value = "select count(*) - count(distinct client_order_id) from sim_venue_orders", nativeQuery = true)
    long duplicates();
}
