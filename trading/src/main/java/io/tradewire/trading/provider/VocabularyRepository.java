package io.tradewire.trading.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VocabularyRepository extends GenericRepository<VocabularyWord, Long> {
    @Query(value = "select * from provider_vocabulary where provider_id = :providerId order by word", nativeQuery = true)
    List<VocabularyWord> findByProviderId(Long providerId);

    @Query(value = "delete from provider_vocabulary where provider_id = :providerId", nativeQuery = true)
    void deleteByProviderId(Long providerId);

    @Query(value = "insert into provider_vocabulary (provider_id, word, symbol) values (:providerId, :word, :symbol)",
            nativeQuery = true)
    void insert(Long providerId, String word, @Nullable String symbol);
}
