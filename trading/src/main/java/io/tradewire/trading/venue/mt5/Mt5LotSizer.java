package io.tradewire.trading.venue.mt5;

import io.tradewire.trading.venue.mt5.protocol.SymbolSpec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Lots in MT5 terms, pure arithmetic. From risk: one lot loses {@code |entry - stop| / tickSize
 * x tickValue} in the account currency when the stop is hit, so lots = risk / that, floored to
 * the volume step (never up: that would risk more than asked), capped at the maximum, refused
 * below the minimum with the numbers. From the engine's quantity: lots = quantity / contract
 * size (the engine counts units of the symbol's base: 100000 EURUSD = 1 lot).
 */
public final class Mt5LotSizer {
    private Mt5LotSizer() {
    }

    /** Lots to send, or why none can be. */
    public sealed interface Result {
    }

    /** {@code lossPerLot} is what one lot loses at the stop (zero when sized from a quantity). */
    public record Lots(BigDecimal lots, BigDecimal lossPerLot, String explanation) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    /** The volume limits of a symbol, in lots. */
    public record Volume(BigDecimal min, BigDecimal step, BigDecimal max) {
        public static Volume of(SymbolSpec s) {
            return new Volume(s.volumeMin(), s.volumeStep(), s.volumeMax());
        }
    }

    /**
     * Lots that lose {@code risk} (account currency) if the price moves {@code stopDistance}
     * against the trade; {@code tickValue} is one tick's worth for one lot in the account currency.
     */
    public static Result fromRisk(BigDecimal risk, BigDecimal stopDistance, BigDecimal tickValue, BigDecimal tickSize,
                                  Volume volume) {
        if (risk.signum() <= 0) {
            return new Refused("the risk amount must be above zero, got " + plain(risk));
        }
        if (stopDistance.signum() <= 0) {
            return new Refused("the stop distance must be above zero, got " + plain(stopDistance));
        }
        if (tickValue.signum() <= 0 || tickSize.signum() <= 0) {
            return new Refused("tick value and tick size must be above zero, got " + plain(tickValue) + " and "
                    + plain(tickSize));
        }
        BigDecimal ticks = stopDistance.divide(tickSize, MathContext.DECIMAL128);
        BigDecimal lossPerLot = ticks.multiply(tickValue, MathContext.DECIMAL128);
        BigDecimal raw = risk.divide(lossPerLot, MathContext.DECIMAL128);
        String how = "risk " + plain(risk) + " over a stop of " + plain(stopDistance) + " (" + plain(ticks)
                + " ticks of " + plain(tickSize) + " at " + plain(tickValue) + ") loses " + plain(lossPerLot)
                + " per lot";
        return floor(raw, volume, how, lossPerLot);
    }

    /** Lots for the engine's quantity in units: quantity / contract size, floored to the step. */
    public static Result fromQuantity(BigDecimal quantity, BigDecimal contractSize, Volume volume) {
        if (quantity.signum() <= 0) {
            return new Refused("the quantity must be above zero, got " + plain(quantity));
        }
        BigDecimal raw = quantity.divide(contractSize, MathContext.DECIMAL128);
        return floor(raw, volume, plain(quantity) + " units at a contract size of " + plain(contractSize) + " is "
                + plain(raw) + " lots", BigDecimal.ZERO);
    }

    private static Result floor(BigDecimal raw, Volume v, String how, BigDecimal lossPerLot) {
        BigDecimal lots = raw.divide(v.step(), 0, RoundingMode.DOWN).multiply(v.step());
        if (lots.compareTo(v.min()) < 0) {
            return new Refused(plain(raw.round(new MathContext(6, RoundingMode.DOWN))) + " lots is below the minimum "
                    + plain(v.min()) + " lots (step " + plain(v.step()) + "): " + how);
        }
        if (lots.compareTo(v.max()) > 0) {
            return new Lots(v.max().stripTrailingZeros(), lossPerLot, how + "; capped at the maximum "
                    + plain(v.max()) + " lots");
        }
        return new Lots(lots.stripTrailingZeros(), lossPerLot, how + " -> " + plain(lots) + " lots");
    }

    /** Lots back to the engine's units. */
    public static BigDecimal toQuantity(BigDecimal lots, BigDecimal contractSize) {
        BigDecimal q = lots.multiply(contractSize).stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q; // 40000, not 4E+4
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
