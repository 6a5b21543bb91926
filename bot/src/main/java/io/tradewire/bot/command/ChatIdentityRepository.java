package io.tradewire.bot.command;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChatIdentityRepository extends CrudRepository<ChatIdentity, Long> {
    Optional<ChatIdentity> findByPlatformAndUserId(Platform platform, String userId);

    List<ChatIdentity> findBySubscriberId(Long subscriberId);
}
