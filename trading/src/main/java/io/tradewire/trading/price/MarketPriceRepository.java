package io.tradewire.trading.price;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MarketPriceRepository extends CrudRepository<MarketPrice, String> {
    @Query(value = """
            insert into prices (symbol, price, updated_at) values (:symbol, :price, :at)
            on conflict (symbol) do update set price = excluded.price, updated_at = excluded.updated_at""",
            nativeQuery = true)
    void upsert(String symbol, BigDecimal price, Instant at);
}
