package io.tradewire.trading.plan;

/** OPEN while anything of the plan may still happen; DONE once it holds nothing and nothing rests. */
public enum PlanStatus {
    OPEN, DONE
}
