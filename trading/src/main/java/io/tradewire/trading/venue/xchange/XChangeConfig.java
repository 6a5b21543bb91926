package io.tradewire.trading.venue.xchange;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Map;

/**
 * The exchange venue ({@code tradewire.xchange.*}), checked when the venue starts. Which
 * exchange, market and API address an account uses is per account (table exchange_accounts).
 */
@ConfigurationProperties("tradewire.xchange")
public interface XChangeConfig {
    /** off: no XCHANGE venue bean, and adding an exchange account is refused */
    @Bindable(defaultValue = "true")
    boolean isEnabled();

    /** how long an exchange's instrument list (tick size, lot step, minimums) is trusted before it is loaded again */
    @Bindable(defaultValue = "1h")
    Duration getRulesRefresh();

    /** connect timeout of one HTTP call to an exchange */
    @Bindable(defaultValue = "5s")
    Duration getConnectTimeout();

    /**
     * read timeout of one HTTP call; the venue uses at most tradewire.execution.venue-timeout, so
     * no call is still under way when the engine asks the exchange for its client order id
     */
    @Bindable(defaultValue = "8s")
    Duration getReadTimeout();

    /** wait before a retry after a 429 or 418 that names no Retry-After */
    @Bindable(defaultValue = "2s")
    Duration getDefaultRetryAfter();

    /** quote currency a symbol without one is read in (BTC-PERP: BTC/USDT) */
    @Bindable(defaultValue = "USDT")
    String getDefaultQuote();

    /**
     * the API address an account of each exchange uses when none is given when it is added, by
     * short name ({@code tradewire.xchange.base-urls.binance=https://...}): a regional endpoint, a
     * testnet, or a local exchange in tests; unset, the module's public address
     */
    @Nullable
    Map<String, String> getBaseUrls();
}
