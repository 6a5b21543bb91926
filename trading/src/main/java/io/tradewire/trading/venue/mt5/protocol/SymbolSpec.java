package io.tradewire.trading.venue.mt5.protocol;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A symbol as the terminal describes it (the {@code symbol_info} reply). {@code tickValue} is
 * what one tick is worth for one lot in the account currency; {@code stopsLevel} is in points;
 * {@code fillingModes} holds FOK, IOC and/or RETURN.
 */
public record SymbolSpec(String symbol, int digits, BigDecimal point, BigDecimal tickSize, BigDecimal tickValue,
                         BigDecimal contractSize, BigDecimal volumeMin, BigDecimal volumeStep, BigDecimal volumeMax,
                         int stopsLevel, List<String> fillingModes, BigDecimal bid, BigDecimal ask) {

    public Map<String, Object> toBody() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("symbol", symbol);
        b.put("digits", digits);
        b.put("point", point.toPlainString());
        b.put("tick_size", tickSize.toPlainString());
        b.put("tick_value", tickValue.toPlainString());
        b.put("contract_size", contractSize.toPlainString());
        b.put("volume_min", volumeMin.toPlainString());
        b.put("volume_step", volumeStep.toPlainString());
        b.put("volume_max", volumeMax.toPlainString());
        b.put("stops_level", stopsLevel);
        b.put("filling_modes", fillingModes);
        b.put("bid", bid.toPlainString());
        b.put("ask", ask.toPlainString());
        return b;
    }

    public static SymbolSpec from(Fields f) {
        SymbolSpec s = new SymbolSpec(f.text("symbol"), f.integer("digits"), f.decimal("point"), f.decimal("tick_size"),
                f.decimal("tick_value"), f.decimal("contract_size"), f.decimal("volume_min"), f.decimal("volume_step"),
                f.decimal("volume_max"), f.integer("stops_level"), f.texts("filling_modes"), f.decimal("bid"),
                f.decimal("ask"));
        for (var e : Map.of("tick_size", s.tickSize, "tick_value", s.tickValue, "contract_size", s.contractSize,
                "volume_step", s.volumeStep, "volume_min", s.volumeMin).entrySet()) {
            if (e.getValue().signum() <= 0) {
                throw new FrameException(f.path() + "." + e.getKey() + " must be above zero, got "
                        + e.getValue().toPlainString());
            }
        }
        return s;
    }
}
