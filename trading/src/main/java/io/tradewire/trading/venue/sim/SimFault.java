package io.tradewire.trading.venue.sim;

/** What can go wrong with one call to the simulated venue. */
public enum SimFault {
    /** the request never reached the venue; the caller hears nothing */
    TIMEOUT,
    /** the venue placed the order but the reply was lost */
    LOST_REPLY,
    /** HTTP 503: not placed, try again */
    SERVER_ERROR,
    /** HTTP 429 with Retry-After: not placed */
    RATE_LIMITED,
    /** the venue cannot take orders now (a terminal offline): hold the job */
    OFFLINE,
    /** a permanent refusal (insufficient balance) */
    REJECT
}
