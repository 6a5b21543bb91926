package io.tradewire.trading.follow;

import io.micronaut.core.annotation.Nullable;
import io.tradewire.trading.InvalidInputException;

import java.math.BigDecimal;

/**
 * How one follow copies its provider. Validated on creation so a bad value never reaches a
 * decision; each message names the setting and its allowed range. {@code plan} holds the order
 * plan settings; its {@code maxLeverage} is always this record's. Sizing (mode and value
 * together) and {@code requireStopLoss} may be left unset (null): the subscriber's defaults
 * fill them when a signal is decided ({@link RiskDefaults}).
 */
public record CopySettings(@Nullable SizingMode sizingMode, @Nullable BigDecimal sizingValue,
                           @Nullable Integer maxLeverage, @Nullable Boolean requireStopLoss,
                           @Nullable Integer maxOpenPositions, Limits limits, PlanSettings plan) {

    public CopySettings(SizingMode sizingMode, BigDecimal sizingValue, Integer maxLeverage, Boolean requireStopLoss,
                        Integer maxOpenPositions) {
        this(sizingMode, sizingValue, maxLeverage, requireStopLoss, maxOpenPositions, Limits.NONE);
    }

    public CopySettings(SizingMode sizingMode, BigDecimal sizingValue, Integer maxLeverage, Boolean requireStopLoss,
                        Integer maxOpenPositions, Limits limits) {
        this(sizingMode, sizingValue, maxLeverage, requireStopLoss, maxOpenPositions, limits, PlanSettings.NONE);
    }

    static final BigDecimal MAX_EQUITY_PERCENT = new BigDecimal("100");
    static final BigDecimal MAX_RISK_PERCENT = new BigDecimal("10");

    public CopySettings {
        limits = limits == null ? Limits.NONE : limits;
        plan = plan == null ? PlanSettings.NONE : plan;
        if (maxLeverage == null) {
            maxLeverage = plan.maxLeverage();
        }
        checkSizing(sizingMode, sizingValue);
        if (maxLeverage != null && (maxLeverage < 1 || maxLeverage > 125)) {
            throw new InvalidInputException("max_leverage", "max_leverage must be between 1 and 125, got " + maxLeverage);
        }
        // checks max_leverage with fixed_leverage (they exclude each other)
        plan = plan.withMaxLeverage(maxLeverage);
        checkMaxOpenPositions(maxOpenPositions);
    }

    /** Sizing is set as a pair (mode and value) or not at all; a set pair must be in range. */
    static void checkSizing(SizingMode sizingMode, BigDecimal sizingValue) {
        if (sizingMode == null && sizingValue == null) {
            return;
        }
        if (sizingMode == null) {
            throw new InvalidInputException("sizing_mode", "sizing_value is given, so sizing_mode is required");
        }
        if (sizingValue == null || sizingValue.signum() <= 0) {
            throw new InvalidInputException("sizing_value", "sizing_value must be greater than 0, got " + sizingValue);
        }
        if (sizingMode == SizingMode.EQUITY_PERCENT && sizingValue.compareTo(MAX_EQUITY_PERCENT) > 0) {
            throw new InvalidInputException("sizing_value",
                    "sizing_value for equity_percent must be in (0, 100], got " + sizingValue.toPlainString());
        }
        if (sizingMode == SizingMode.KELLY && sizingValue.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("sizing_value",
                    "sizing_value for kelly is the fraction of the Kelly stake, in (0, 1], got " + sizingValue.toPlainString());
        }
        if (sizingMode == SizingMode.RISK_PERCENT && sizingValue.compareTo(MAX_RISK_PERCENT) > 0) {
            throw new InvalidInputException("sizing_value",
                    "sizing_value for risk_percent must be in (0, 10], got " + sizingValue.toPlainString());
        }
    }

    static void checkMaxOpenPositions(Integer maxOpenPositions) {
        if (maxOpenPositions != null && (maxOpenPositions < 1 || maxOpenPositions > 1000)) {
            throw new InvalidInputException("max_open_positions",
                    "max_open_positions must be between 1 and 1000, got " + maxOpenPositions);
        }
    }
}
