package io.tradewire.trading.venue.xchange;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Each exchange account's module, market and API address. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ExchangeAccountRepository extends CrudRepository<ExchangeAccountRow, Long> {
}
