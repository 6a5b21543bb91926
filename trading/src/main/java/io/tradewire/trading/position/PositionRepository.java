package io.tradewire.trading.position;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PositionRepository extends CrudRepository<Position, Long> {
    Optional<Position> findByAccountIdAndSymbol(Long accountId, String symbol);

    /** Locks the row so two fills on one position apply one after the other. */
    @Query(value = "select * from positions where account_id = :accountId and symbol = :symbol for update",
            nativeQuery = true)
    Optional<Position> lock(Long accountId, String symbol);

    @Query(value = "select count(*) from positions where account_id = :accountId and quantity <> 0",
            nativeQuery = true)
    long countOpen(Long accountId);

    @Query(value = """
            select p.* from positions p join venue_accounts a on a.id = p.account_id
            where a.subscriber_id = :subscriberId order by p.id""", nativeQuery = true)
    List<Position> findForSubscriber(Long subscriberId);

    List<Position> findAllOrderById();
}
