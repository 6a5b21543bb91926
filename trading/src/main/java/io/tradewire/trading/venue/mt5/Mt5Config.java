package io.tradewire.trading.venue.mt5;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The MetaTrader 5 bridge ({@code tradewire.mt5.*}, or TRADEWIRE_MT5_* in the environment): off
 * unless enabled. Checked at start by {@link Mt5ConfigCheck}; the CURVE secret key is never logged.
 */
@ConfigurationProperties("tradewire.mt5")
public interface Mt5Config {
    @Bindable(defaultValue = "false")
    boolean isEnabled();

    /** where the ROUTER socket binds; terminals connect out to it ("tcp://*:5556" to accept from anywhere) */
    @Bindable(defaultValue = "tcp://127.0.0.1:5556")
    String getBind();

    /**
     * the address terminals reach the bridge at, told to a subscriber who links a terminal (the
     * EA's Endpoint input); unset, the bind address (right when it is a reachable host)
     */
    @Nullable
    String getPublicEndpoint();

    /** how often the EA sends a heartbeat (told to it in the hello reply) */
    @Bindable(defaultValue = "1s")
    Duration getHeartbeatInterval();

    /** no heartbeat for this long: the terminal is stale and its jobs are held */
    @Bindable(defaultValue = "3s")
    Duration getStaleAfter();

    /** no heartbeat for this long: the terminal is down, and its subscriber is told */
    @Bindable(defaultValue = "10s")
    Duration getDownAfter();

    /** a request's lifetime: the EA answers "expired" after it; must be below tradewire.execution.venue-timeout */
    @Bindable(defaultValue = "5s")
    Duration getRequestTtl();

    /** an unanswered request is sent again, with the same id, this often until it expires */
    @Bindable(defaultValue = "1s")
    Duration getResendAfter();

    /** how long a job waits while its terminal is stale, down or not allowed to trade */
    @Bindable(defaultValue = "5s")
    Duration getHeldRetry();

    /** how long a terminal's symbol_info answer is reused */
    @Bindable(defaultValue = "60s")
    Duration getSymbolInfoTtl();

    /** Z85 (40 characters) CURVE secret key of the server; set with the public key to encrypt the socket */
    @Nullable
    String getCurveSecretKey();

    /** Z85 (40 characters) CURVE public key of the server, given to each EA */
    @Nullable
    String getCurvePublicKey();
}
