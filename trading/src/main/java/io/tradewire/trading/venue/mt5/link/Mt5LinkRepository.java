package io.tradewire.trading.venue.mt5.link;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Mt5LinkRepository extends CrudRepository<Mt5Link, Long> {
    Optional<Mt5Link> findByTokenHash(String tokenHash);

    @Query(value = "update mt5_links set token_hash = :tokenHash, token_rotated_at = :at where account_id = :accountId",
            nativeQuery = true)
    int rotate(Long accountId, String tokenHash, Instant at);

    @Query(value = "update mt5_links set symbol_suffix = :suffix where account_id = :accountId", nativeQuery = true)
    int setSuffix(Long accountId, String suffix);

    @Query(value = """
            update mt5_links set terminal_login = :login, terminal_server = :server, margin_mode = :marginMode,
            linked_at = :at where account_id = :accountId""", nativeQuery = true)
    int recordTerminal(Long accountId, String login, String server, String marginMode, Instant at);
}
