package io.tradewire.trading.probe;

/**
 * Told each time the engine passes a step boundary, after the step's work is committed (or, for
 * {@link Step#SENT}, after the venue answered and before the answer is booked). The service
 * uses a no-op; the crash tests stop the engine at a chosen boundary and the bench times them.
 */
public interface StepProbe {
    enum Step {
        /** a message is in the inbox */
        STORED,
        /** its signals are stored */
        PARSED,
        /** one batch of follows is decided: its decisions and execution jobs are stored */
        DECIDED,
        /** every follow is decided and the signal is marked routed */
        ROUTED,
        /** jobs are leased to this worker */
        CLAIMED,
        /** the venue answered one job */
        SENT,
        /** the answer is booked */
        BOOKED
    }

    void reached(Step step, long id);
}
