package io.tradewire.trading.venue.mt5;

import io.tradewire.trading.venue.mt5.protocol.SymbolSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typical MT5 specifications of common symbols on a USD account (a retail CFD broker's
 * contract sizes and steps), with reference prices. The stand-in terminal trades these; the
 * venue falls back to them for {@code rules(symbol)}, which names no account and so cannot ask a
 * terminal. A real terminal's {@code symbol_info} always wins.
 */
public final class Mt5Catalogue {
    private static final List<String> FOK_IOC = List.of("FOK", "IOC");

    private static final Map<String, SymbolSpec> SPECS = List.of(
            spec("EURUSD", 5, "0.00001", "1", "100000", "0.01", "0.01", "100", 0, FOK_IOC, "1.08500", "1.08510"),
            spec("GBPUSD", 5, "0.00001", "1", "100000", "0.01", "0.01", "100", 0, FOK_IOC, "1.27000", "1.27012"),
            usdBase("USDJPY", 3, "0.001", "100000", "160.000", "160.012"),
            spec("XAUUSD", 2, "0.01", "1", "100", "0.01", "0.01", "50", 0, FOK_IOC, "2650.00", "2650.30"),
            spec("US30", 2, "0.01", "0.01", "1", "0.1", "0.1", "500", 0, List.of("IOC"), "42000.00", "42002.50"))
            .stream().collect(Collectors.toMap(SymbolSpec::symbol, Function.identity()));

    private Mt5Catalogue() {
    }

    public static Optional<SymbolSpec> find(String symbol) {
        return Optional.ofNullable(SPECS.get(symbol));
    }

    public static List<SymbolSpec> all() {
        return SPECS.values().stream().sorted(java.util.Comparator.comparing(SymbolSpec::symbol)).toList();
    }

    /**
     * One tick's value for one lot in USD at a bid: fixed for XXXUSD symbols; for USDXXX it is
     * contract x tick size / bid (a tick is worth JPY, converted at the price), as MT5 reports it.
     */
    public static BigDecimal tickValueUsd(SymbolSpec s, BigDecimal bid) {
        if (s.symbol().startsWith("USD")) {
            return s.contractSize().multiply(s.tickSize()).divide(bid, 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        return s.tickValue();
    }

    private static SymbolSpec usdBase(String symbol, int digits, String tick, String contract, String bid, String ask) {
        SymbolSpec raw = spec(symbol, digits, tick, "1", contract, "0.01", "0.01", "100", 0, FOK_IOC, bid, ask);
        return withPrice(raw, raw.bid(), raw.ask());
    }

    /** The spec at a new price; the tick value of a USDXXX symbol moves with it. */
    public static SymbolSpec withPrice(SymbolSpec s, BigDecimal bid, BigDecimal ask) {
        SymbolSpec priced = new SymbolSpec(s.symbol(), s.digits(), s.point(), s.tickSize(), s.tickValue(),
                s.contractSize(), s.volumeMin(), s.volumeStep(), s.volumeMax(), s.stopsLevel(), s.fillingModes(), bid, ask);
        return new SymbolSpec(s.symbol(), s.digits(), s.point(), s.tickSize(), tickValueUsd(priced, bid),
                s.contractSize(), s.volumeMin(), s.volumeStep(), s.volumeMax(), s.stopsLevel(), s.fillingModes(), bid, ask);
    }

    private static SymbolSpec spec(String symbol, int digits, String tick, String tickValue, String contract,
                                   String min, String step, String max, int stops, List<String> filling, String bid,
                                   String ask) {
        BigDecimal t = new BigDecimal(tick);
        return new SymbolSpec(symbol, digits, t, t, new BigDecimal(tickValue), new BigDecimal(contract),
                new BigDecimal(min), new BigDecimal(step), new BigDecimal(max), stops, filling, new BigDecimal(bid),
                new BigDecimal(ask));
    }
}
