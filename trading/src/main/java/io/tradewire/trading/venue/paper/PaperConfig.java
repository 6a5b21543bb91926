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
}
