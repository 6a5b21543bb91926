package io.tradewire.trading.venue.xchange.binance;

import io.tradewire.trading.venue.Placement;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.binance.dto.BinanceException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Binance's error codes as the engine's outcomes: back off, refuse with Binance's words, or reconcile. */
class BinanceErrorsTest {
    static final Duration DEFAULT = Duration.ofSeconds(2);

    static BinanceException error(int status, int code, String msg, Map<String, List<String>> headers) {
        BinanceException e = new BinanceException(code, msg);
        e.setHttpStatusCode(status);
        e.setResponseHeaders(headers);
        return e;
    }

    @Test
    void a418BanAndA429HonourRetryAfterOrFallBackToTheDefault() {
        var banned = BinanceMappers.error(error(418, -1003, "Way too much request weight used; IP banned.",
                Map.of("Retry-After", List.of("120"))), "order", DEFAULT);
        var limited = BinanceMappers.error(error(429, -1003, "Too many requests.", Map.of()), "order", DEFAULT);

        assertThat(banned).isEqualTo(new Placement.RateLimited(
                "binance: Way too much request weight used; IP banned. (code -1003)", Duration.ofSeconds(120)));
        assertThat(limited).isInstanceOfSatisfying(Placement.RateLimited.class,
                r -> assertThat(r.retryAfter()).isEqualTo(DEFAULT));
    }

    @Test
    void refusalsKeepBinancesMessageAndUnknownStatusesReconcile() {
        assertThat(BinanceMappers.error(error(400, -2010, "Account has insufficient balance for requested action.",
                Map.of()), "order", DEFAULT)).isEqualTo(new Placement.Rejected("binance rejected the order: Account"
                + " has insufficient balance for requested action. (code -2010)", false));
        assertThat(BinanceMappers.error(error(400, -1013, "Filter failure: NOTIONAL", Map.of()), "order", DEFAULT))
                .isEqualTo(new Placement.Rejected("binance rejected the order: Filter failure: NOTIONAL (code -1013)",
                        false));
        assertThat(BinanceMappers.error(error(500, -1007, "Timeout waiting for response from backend server. Send"
                + " status unknown; execution status unknown.", Map.of()), "order", DEFAULT))
                .isInstanceOf(Placement.Unknown.class);
        assertThat(BinanceMappers.error(error(503, 0, "Service Unavailable", Map.of()), "order", DEFAULT))
                .isInstanceOf(Placement.Unknown.class);
        assertThat(BinanceMappers.error(error(400, -1021, "Timestamp for this request is outside of the recvWindow.",
                Map.of()), "order", DEFAULT)).isInstanceOfSatisfying(Placement.Rejected.class,
                r -> assertThat(r.retryable()).isTrue());
    }

    @Test
    void aDuplicateAndAnUnknownOrderAreRecognised() {
        assertThat(BinanceMappers.isDuplicate(error(400, -2010, "Duplicate order sent.", Map.of()))).isTrue();
        assertThat(BinanceMappers.isDuplicate(error(400, -2010, "Account has insufficient balance for requested"
                + " action.", Map.of()))).isFalse();
        assertThat(BinanceMappers.isUnknownOrder(error(400, -2013, "Order does not exist.", Map.of()))).isTrue();
        assertThat(BinanceMappers.isBadKey(error(401, -2015, "Invalid API-key, IP, or permissions for action.",
                Map.of()))).isTrue();
    }
}
