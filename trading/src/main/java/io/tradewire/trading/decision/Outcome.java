package io.tradewire.trading.decision;

/** What a follower's copy of one signal came to. */
public enum Outcome {
    /** an order was created */
    ORDERED,
    /** a change was made without an order (e.g. the stop moved) */
    APPLIED,
    /** nothing to do, and nothing wrong (e.g. "TP1 hit" reported by the provider) */
    NOTED,
    /** blocked by a rule; the reason says which and why */
    REFUSED
}
