package io.tradewire.trading.venue.mt5.link;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Mt5SymbolRepository extends CrudRepository<Mt5Symbol, Long> {
    List<Mt5Symbol> findByAccountIdOrderBySymbol(Long accountId);

    void deleteByAccountId(Long accountId);
}
