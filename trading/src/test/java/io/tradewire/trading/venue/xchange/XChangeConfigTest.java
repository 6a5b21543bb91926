package io.tradewire.trading.venue.xchange;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The venue refuses to start on settings that cannot work, and says which. */
class XChangeConfigTest {
    static XChangeConfig with(Duration refresh, Duration read) {
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
    void noHttpCallOutlivesTheEnginesDeadline() {
        org.assertj.core.api.Assertions.assertThat(XChangeFactory.readTimeout(Duration.ofSeconds(15),
                Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
        org.assertj.core.api.Assertions.assertThat(XChangeFactory.readTimeout(Duration.ofSeconds(8),
                Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(8));
    }
}
