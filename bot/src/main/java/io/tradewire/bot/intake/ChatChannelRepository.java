package io.tradewire.bot.intake;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.tradewire.bot.command.Platform;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChatChannelRepository extends CrudRepository<ChatChannel, Long> {
    Optional<ChatChannel> findByPlatformAndChatId(Platform platform, String chatId);

    @Query(value = "select * from chat_channels where platform = :platform and lower(username) = lower(:username)"
            + " order by id limit 1", nativeQuery = true)
    Optional<ChatChannel> findByUsername(String platform, String username);

    List<ChatChannel> findByPlatformOrderById(Platform platform);

    List<ChatChannel> findByProviderId(Long providerId);
}
