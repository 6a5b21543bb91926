package io.tradewire.trading.venue;

import java.math.BigDecimal;
import java.time.Duration;

/** What a venue did with an order, or what it says the order's state is now. */
public sealed interface Placement {

    /** Filled in full at {@code price} (the average over its executions). */
    record Filled(String venueOrderId, BigDecimal quantity, BigDecimal price, BigDecimal fee) implements Placement {
    }

    /** Accepted and resting on the venue (a limit, stop or take-profit not yet triggered). */
    record Working(String venueOrderId) implements Placement {
    }

    /** Cancelled on the venue before it filled. */
    record Cancelled(String venueOrderId, String reason) implements Placement {
    }

    /** Refused by the venue; {@code retryable} says whether trying again later can help (a 5xx can). */
    record Rejected(String reason, boolean retryable) implements Placement {
    }

    /** The venue asked us to slow down (HTTP 429/418); try again after {@code retryAfter}. */
    record RateLimited(String reason, Duration retryAfter) implements Placement {
    }

    /**
     * The venue cannot take orders for this account now (an MT5 terminal offline, an exchange in
     * maintenance): the job waits {@code retryAfter} without using an attempt or counting as an
     * error, and nothing was sent.
     */
    record Held(String reason, Duration retryAfter) implements Placement {
    }

    /**
     * No answer (a timeout or a lost reply): the order may or may not exist. The engine asks the
     * venue for the client order id before it sends anything again.
     */
    record Unknown(String reason) implements Placement {
    }
}
