package io.tradewire.config.localexchange;

/** What the local exchange does to the next order request instead of (or besides) taking it. */
public enum Fault {
    /** HTTP 429 with Retry-After (Binance) or retCode 10006 (Bybit): nothing is placed */
    RATE_LIMITED,
    /** HTTP 503 with an HTML body, as a gateway answers: nothing is placed */
    SERVER_ERROR,
    /** the exchange's insufficient-balance refusal (-2010 / 170131), whatever the balance */
    INSUFFICIENT_BALANCE,
    /** the order is placed on the book, then the reply is held back past the client's patience */
    TIMEOUT_AFTER_BOOK
}
