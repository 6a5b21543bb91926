package io.tradewire.trading.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/** One word of a provider's vocabulary: an alias of {@code symbol}, or an ignore word when it is null. */
@MappedEntity("provider_vocabulary")
public record VocabularyWord(Long providerId, String word, @Nullable String symbol) {
}
