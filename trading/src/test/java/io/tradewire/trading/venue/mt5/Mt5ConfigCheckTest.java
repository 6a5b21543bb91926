package io.tradewire.trading.venue.mt5;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each wrong MT5 setting stops the start with a message naming it (and never a secret's value). */
class Mt5ConfigCheckTest {
    static final Duration VENUE_TIMEOUT = Duration.ofSeconds(10);
    static final String KEY = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7";

    /** Settings as values; the defaults of {@link Mt5Config}. */
    record Settings(String bind, Duration heartbeat, Duration stale, Duration down, Duration ttl, String secret,
                    String pub) implements Mt5Config {
        static Settings defaults() {
            return new Settings("tcp://127.0.0.1:5556", Duration.ofSeconds(1), Duration.ofSeconds(3),
                    Duration.ofSeconds(10), Duration.ofSeconds(5), null, null);
        }

        public boolean isEnabled() {
            return true;
        }

        public String getBind() {
            return bind;
        }

        public Duration getHeartbeatInterval() {
            return heartbeat;
        }

        public Duration getStaleAfter() {
            return stale;
        }

        public Duration getDownAfter() {
            return down;
        }

        public Duration getRequestTtl() {
            return ttl;
        }

        public Duration getResendAfter() {
            return Duration.ofSeconds(1);
        }

        public Duration getHeldRetry() {
            return Duration.ofSeconds(5);
        }

        public Duration getSymbolInfoTtl() {
            return Duration.ofSeconds(60);
        }

        public String getCurveSecretKey() {
            return secret;
        }

        public String getCurvePublicKey() {
            return pub;
        }

        public String getPublicEndpoint() {
            return null;
        }
    }

    @Test
    void theDefaultsPass() {
        Mt5ConfigCheck.check(Settings.defaults(), VENUE_TIMEOUT);
        assertThat(Mt5ConfigCheck.curve(Settings.defaults())).isFalse();
    }

    @Test
    void aRequestThatCanOutliveTheEnginesDeadlineIsRefused() {
        var s = Settings.defaults();
        assertThatThrownBy(() -> Mt5ConfigCheck.check(new Settings(s.bind(), s.heartbeat(), s.stale(), s.down(),
                Duration.ofSeconds(10), null, null), VENUE_TIMEOUT))
                .hasMessage("tradewire.mt5.request-ttl (PT10S) must be shorter than tradewire.execution.venue-timeout"
                        + " (PT10S)");
    }

    @Test
    void eachWrongSettingIsNamed() {
        var s = Settings.defaults();
        assertThatThrownBy(() -> Mt5ConfigCheck.check(new Settings("localhost:5556", s.heartbeat(), s.stale(), s.down(),
                s.ttl(), null, null), VENUE_TIMEOUT))
                .hasMessage("tradewire.mt5.bind must look like tcp://HOST:PORT (or tcp://HOST:* for any free port),"
                        + " got 'localhost:5556'");
        assertThatThrownBy(() -> Mt5ConfigCheck.check(new Settings(s.bind(), s.heartbeat(), Duration.ofSeconds(3),
                Duration.ofSeconds(2), s.ttl(), null, null), VENUE_TIMEOUT))
                .hasMessage("tradewire.mt5.down-after (PT2S) must be longer than stale-after (PT3S)");
        assertThatThrownBy(() -> Mt5ConfigCheck.check(new Settings(s.bind(), Duration.ZERO, s.stale(), s.down(),
                s.ttl(), null, null), VENUE_TIMEOUT))
                .hasMessage("tradewire.mt5.heartbeat-interval must be above zero, got PT0S");
    }

    @Test
    void curveKeysGoTogetherAndABadSecretIsNotEchoed() {
        var s = Settings.defaults();
        assertThatThrownBy(() -> Mt5ConfigCheck.check(new Settings(s.bind(), s.heartbeat(), s.stale(), s.down(),
                s.ttl(), KEY, null), VENUE_TIMEOUT))
                .hasMessageContaining("curve-secret-key and curve-public-key go together");
        assertThatThrownBy(() -> Mt5ConfigCheck.check(new Settings(s.bind(), s.heartbeat(), s.stale(), s.down(),
                s.ttl(), "secret-but-too-short", KEY), VENUE_TIMEOUT))
                .hasMessage("tradewire.mt5.curve-secret-key must be 40 Z85 characters (its value is not shown)");
        Mt5ConfigCheck.check(new Settings(s.bind(), s.heartbeat(), s.stale(), s.down(), s.ttl(), KEY, KEY),
                VENUE_TIMEOUT);
    }
}
