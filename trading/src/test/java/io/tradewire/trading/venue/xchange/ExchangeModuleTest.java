package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.InvalidInputException;
import io.tradewire.trading.venue.keys.ApiCredentials;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.kraken.KrakenExchange;
import org.knowm.xchange.kucoin.KucoinExchange;
import org.knowm.xchange.okex.OkexExchange;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each bundled module is selectable by name and built for the account's API address, with
 * XChange's own retries and rate limiters off. Nothing here calls out: no request is made.
 */
class ExchangeModuleTest {
    static final XChangeConfig CONFIG = new XChangeConfig() {
        public boolean isEnabled() {
            return true;
        }

        public Duration getRulesRefresh() {
            return Duration.ofHours(1);
        }

        public Duration getConnectTimeout() {
            return Duration.ofSeconds(2);
        }

        public Duration getReadTimeout() {
            return Duration.ofSeconds(3);
        }

        public Duration getDefaultRetryAfter() {
            return Duration.ofSeconds(1);
        }

        public String getDefaultQuote() {
            return "USDT";
        }

        public Map<String, String> getBaseUrls() {
            return Map.of();
        }
    };

    @Test
    void everyBundledModuleIsBuiltForTheConfiguredBaseUrl() {
        Map<String, Class<? extends Exchange>> expected = Map.of("binance", BinanceExchange.class, "bybit",
                BybitExchange.class, "okx", OkexExchange.class, "kraken", KrakenExchange.class, "coinbase",
                CoinbaseProExchange.class, "kucoin", KucoinExchange.class);
        assertThat(ExchangeModule.known()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, type) -> {
            ExchangeModule module = ExchangeModule.resolve(name.toUpperCase());
            Exchange exchange = XChangeFactory.create(module, "http://127.0.0.1:9/" + name,
                    // Kraken and Coinbase secrets are base64
                    new ApiCredentials("k-" + name, "c2VjcmV0LWZvci10ZXN0cw==", "p-" + name), CONFIG,
                    CONFIG.getReadTimeout());

            assertThat(exchange).as(name).isInstanceOf(type);
            var spec = exchange.getExchangeSpecification();
            assertThat(spec.getSslUri()).as(name).isEqualTo("http://127.0.0.1:9/" + name);
            assertThat(spec.getApiKey()).isEqualTo("k-" + name);
            assertThat(spec.getExchangeSpecificParametersItem("passphrase")).isEqualTo("p-" + name);
            assertThat(spec.getHttpReadTimeout()).isEqualTo(3000);
            assertThat(spec.getResilience().isRetryEnabled()).isFalse();
            assertThat(spec.getResilience().isRateLimiterEnabled()).isFalse();
            assertThat(spec.isShouldLoadRemoteMetaData()).isFalse();
        });
    }

    @Test
    void anyOtherXChangeExchangeOnTheClasspathIsSelectableByClassName() {
        assertThat(ExchangeModule.resolve("org.knowm.xchange.kraken.KrakenExchange").exchangeClass())
                .isEqualTo(KrakenExchange.class);
        assertThatThrownBy(() -> ExchangeModule.resolve("org.knowm.xchange.gemini.GeminiExchange"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("exchange module org.knowm.xchange.gemini.GeminiExchange is not on the classpath; the"
                        + " bundled ones are binance, bybit, okx, kraken, coinbase, kucoin");
        assertThatThrownBy(() -> ExchangeModule.resolve("org.knowm.xchange.dto.Order"))
                .hasMessage("org.knowm.xchange.dto.Order is not an XChange Exchange class");
        assertThatThrownBy(() -> ExchangeModule.resolve("ftx")).hasMessageStartingWith("unknown exchange 'ftx'");
    }

    @Test
    void aBaseUrlMustBeAbsoluteHttp() {
        assertThat(XChangeFactory.checkBaseUrl("http://127.0.0.1:8080/")).isEqualTo("http://127.0.0.1:8080");
        assertThat(XChangeFactory.checkBaseUrl(null)).isNull();
        assertThatThrownBy(() -> XChangeFactory.checkBaseUrl("api.binance.com"))
                .hasMessage("base_url must be an absolute http(s) URL such as https://api.binance.com, got"
                        + " 'api.binance.com'");
    }
}
