package io.tradewire.trading.venue.xchange;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The venue refuses to start on settings that cannot work, and says which. */
class XChangeConfigTest {
    static XChangeConfig with(Duration refresh, Duration read) {
        return with(refresh, read, null);
    }

    static XChangeConfig with(Duration refresh, Duration read, Map<String, String> baseUrls) {
        return new XChangeConfig() {
            public boolean isEnabled() {
                return true;
            }

            public Duration getRulesRefresh() {
                return refresh;
            }

            public Duration getConnectTimeout() {
                return Duration.ofSeconds(1);
            }

            public Duration getReadTimeout() {
                return read;
            }

            public Duration getDefaultRetryAfter() {
                return Duration.ofSeconds(1);
            }

            public String getDefaultQuote() {
                return "USDT";
            }

            public Map<String, String> getBaseUrls() {
                return baseUrls;
            }
        };
    }

    @Test
    void aZeroRefreshOrANegativeTimeoutIsRefusedByName() {
        assertThatThrownBy(() -> new XChangeVenue(null, null, with(Duration.ZERO, Duration.ofSeconds(1))))
                .hasMessage("tradewire.xchange.rules-refresh must be positive, got PT0S");
        assertThatThrownBy(() -> new XChangeVenue(null, null, with(Duration.ofHours(1), Duration.ofSeconds(-1))))
                .hasMessage("tradewire.xchange.read-timeout and connect-timeout must not be negative");
    }

    @Test
    void aDefaultBaseUrlMustNameABundledExchangeAndAnHttpAddress() {
        Duration h = Duration.ofHours(1);
        assertThatThrownBy(() -> new XChangeVenue(null, null, with(h, h, Map.of("binanse", "https://api.binance.com"))))
                .hasMessageStartingWith("tradewire.xchange.base-urls.binanse: unknown exchange 'binanse'");
        assertThatThrownBy(() -> new XChangeVenue(null, null, with(h, h, Map.of("binance", "api.binance.com"))))
                .hasMessageStartingWith("tradewire.xchange.base-urls.binance: base_url must be an absolute http(s) URL");
        assertThatThrownBy(() -> new XChangeVenue(null, null, with(h, h, Map.of("bybit", " "))))
                .hasMessage("tradewire.xchange.base-urls.bybit: it is empty");
    }

    @Test
    void anAccountTakesItsOwnAddressElseTheConfiguredOneElseThePublicOne() {
        Duration h = Duration.ofHours(1);
        XChangeConfig config = with(h, h, Map.of("binance", "http://127.0.0.1:9001/"));
        ExchangeModule binance = ExchangeModule.resolve("Binance");
        org.assertj.core.api.Assertions.assertThat(DefaultBaseUrls.resolve(config, binance, null))
                .isEqualTo("http://127.0.0.1:9001");
        org.assertj.core.api.Assertions.assertThat(DefaultBaseUrls.resolve(config, binance, "https://api.binance.us"))
                .isEqualTo("https://api.binance.us");
        org.assertj.core.api.Assertions.assertThat(DefaultBaseUrls.resolve(config, ExchangeModule.resolve("bybit"),
                null)).isNull();
    }

    @Test
    void noHttpCallOutlivesTheEnginesDeadline() {
        org.assertj.core.api.Assertions.assertThat(XChangeFactory.readTimeout(Duration.ofSeconds(15),
                Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
        org.assertj.core.api.Assertions.assertThat(XChangeFactory.readTimeout(Duration.ofSeconds(8),
                Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(8));
    }
}
