package io.tradewire.trading.signal;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Take-profits as one text column: exact decimals separated by spaces, in message order. */
@Singleton
public class DecimalListConverter implements AttributeConverter<List<BigDecimal>, String> {
    @Override
    public String convertToPersistedValue(List<BigDecimal> values, ConversionContext context) {
        if (values == null) {
            return "";
        }
        return String.join(" ", values.stream().map(BigDecimal::toPlainString).toList());
    }

    @Override
    public List<BigDecimal> convertToEntityValue(String text, ConversionContext context) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split(" ")).map(BigDecimal::new).toList();
    }
}
