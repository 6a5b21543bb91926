package io.tradewire.trading.inbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboxEditRepository extends CrudRepository<InboxEdit, Long> {
    Optional<InboxEdit> findFirstByInboxMessageIdOrderByRevisionDesc(Long inboxMessageId);
}
