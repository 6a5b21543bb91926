package io.tradewire.trading.venue.xchange;

import io.tradewire.trading.venue.Placement;
import si.mazi.rescu.HttpResponseAware;
import si.mazi.rescu.HttpStatusException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * What every exchange shares: a throwable from the HTTP layer mapped to the engine's outcome.
 * A request that may have reached the exchange (a read timeout, a 5xx, a broken reply) is
 * Unknown, so the engine asks for the client order id before it sends again; one that cannot
 * have reached it (connection refused) is a retryable refusal; 429 and 418 carry Retry-After.
 */
public final class HttpFailures {
    private HttpFailures() {
    }

    public static Placement map(String exchange, String action, Throwable error, Duration defaultRetryAfter) {
        Throwable e = unwrap(error);
        if (e instanceof HttpStatusException status) {
            int code = status.getHttpStatusCode();
            String message = exchange + " answered HTTP " + code + " to " + action + ": " + clean(e.getMessage());
            if (code == 429 || code == 418) {
                return new Placement.RateLimited(message, retryAfter(e).orElse(defaultRetryAfter));
            }
            if (code >= 500) {
                // the exchange may have executed it (Binance documents 5xx as "status unknown"): reconcile
                return new Placement.Unknown(message);
            }
            if (code > 0) {
                return new Placement.Rejected(message, false);
            }
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof SocketTimeoutException s && String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT)
                .contains("connect")) {
            return new Placement.Rejected("could not connect to " + exchange + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), true);
        }
        if (e instanceof SocketTimeoutException) {
            return new Placement.Unknown("no reply from " + exchange + " to " + action + " in time (" + e.getMessage()
                    + ")");
        }
        return new Placement.Unknown(exchange + " " + action + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + clean(e.getMessage())));
    }

    /** The exchange's own words, without rescu's "(HTTP status code: N)" suffix. */
    public static String clean(String message) {
        if (message == null) {
            return "no message";
        }
        return message.replaceAll("\\s*\\(HTTP status code: \\d+\\)\\s*$", "").strip();
    }

    /** Retry-After in seconds, when the response carried one. */
    public static Optional<Duration> retryAfter(Throwable e) {
        if (!(e instanceof HttpResponseAware aware) || aware.getResponseHeaders() == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> h : aware.getResponseHeaders().entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After") && !h.getValue().isEmpty()) {
                String v = h.getValue().get(0).strip();
                try {
                    return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
                } catch (NumberFormatException httpDate) {
                    // exchanges send seconds; an HTTP date falls back to the configured wait
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.lang.reflect.UndeclaredThrowableException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        // XChange wraps some IO failures in ExchangeException: look at the cause
        if (t instanceof org.knowm.xchange.exceptions.ExchangeException && t.getCause() != null
                && !(t instanceof HttpStatusException)) {
            return unwrap(t.getCause());
        }
        return t;
    }
}
