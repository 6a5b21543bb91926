package io.tradewire.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets and moves, for rules about waiting times and expiry. */
public final class MovingClock extends Clock {
    private volatile Instant now;

    public MovingClock(Instant start) {
        this.now = start;
    }

    public void set(Instant to) {
        now = to;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
