package io.tradewire.bot.command;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConfirmationRepository extends CrudRepository<Confirmation, String> {
    /** Uses the token for its asker, if unused and not expired: 1 when this call got it. */
    @Query(value = """
            update chat_confirmations set used_at = :now, outcome = :outcome
            where token = :token and platform = :platform and user_id = :userId
              and used_at is null and expires_at > :now""", nativeQuery = true)
    int claim(String token, String platform, String userId, String outcome, Instant now);
}
