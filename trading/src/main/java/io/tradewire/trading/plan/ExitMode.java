package io.tradewire.trading.plan;

/** Who keeps a plan's stop-loss and take-profit orders: the venue (native) or Tradewire (watched). */
public enum ExitMode {
    NATIVE, WATCHED
}
