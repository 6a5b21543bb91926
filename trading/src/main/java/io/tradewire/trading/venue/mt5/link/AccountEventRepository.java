package io.tradewire.trading.venue.mt5.link;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountEventRepository extends CrudRepository<AccountEvent, Long> {
    List<AccountEvent> findByAccountIdOrderByIdDesc(Long accountId);
}
