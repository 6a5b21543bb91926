package io.tradewire.trading.follow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowRepository extends CrudRepository<Follow, Long> {
    List<Follow> findByProviderIdAndActiveOrderById(Long providerId, boolean active);

    Optional<Follow> findByProviderIdAndAccountId(Long providerId, Long accountId);

    List<Follow> findByIdInOrderById(List<Long> ids);

    @io.micronaut.data.annotation.Query(value = "select id from follows where provider_id = :providerId and active"
            + " order by id", nativeQuery = true)
    List<Long> findActiveIds(Long providerId);
}
