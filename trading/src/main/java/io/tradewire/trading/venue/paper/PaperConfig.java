package io.tradewire.trading.venue.paper;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.math.BigDecimal;

/** The paper venue's settings ({@code tradewire.paper.*}), checked when the venue starts. */
@ConfigurationProperties("tradewire.paper")
public interface PaperConfig {
    /** balance a new paper account starts with */
    @Bindable(defaultValue = "10000")
    BigDecimal getStartingBalance();

    @Bindable(defaultValue = "USDT")
    String getCurrency();

    /** fee charged on each fill, as a fraction of its value (0.001 = 0.1%) */
    @Bindable(defaultValue = "0.001")
    BigDecimal getFeeRate();

    @Bindable(defaultValue = "0.00000001")
    BigDecimal getLotStep();

    @Bindable(defaultValue = "1")
    BigDecimal getMinNotional();

    /**
     * Whether the paper venue keeps stop-loss and take-profit orders itself (resting STOP and
     * LIMIT orders it fills when a price crosses them). Off, the engine watches the price and
     * sends each exit at market when it is crossed, as it does for a venue without native exits.
     */
    @Bindable(defaultValue = "true")
    boolean isNativeExits();
}
