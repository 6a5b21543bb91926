package io.tradewire.trading.execution;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How execution jobs are sent and retried ({@code tradewire.execution.*}); checked at start. */
@ConfigurationProperties("tradewire.execution")
public interface ExecutionConfig {
    /** attempts before a job fails for good (each claim of the job is one) */
    @Bindable(defaultValue = "6")
    int getMaxAttempts();

    /** first retry delay; each retry doubles it, with jitter, up to max-backoff */
    @Bindable(defaultValue = "200ms")
    Duration getInitialBackoff();

    @Bindable(defaultValue = "30s")
    Duration getMaxBackoff();

    /** the longest one venue call may take before it counts as a timeout (an unknown outcome) */
    @Bindable(defaultValue = "10s")
    Duration getVenueTimeout();

    /**
     * how long a worker holds a job; a lease that runs out means the worker died and the job is
     * reconciled. Must exceed the venue timeout, so a slow call is never sent twice.
     */
    @Bindable(defaultValue = "60s")
    Duration getLease();

    /** consecutive venue errors after which an account is disabled (0 = never) */
    @Bindable(defaultValue = "5")
    int getDisableAccountAfter();

    /** a venue account's circuit opens at this failure rate (percent) of its recent calls */
    @Bindable(defaultValue = "50")
    int getBreakerFailureRate();

    /** recent calls the circuit looks at, and the fewest it needs before it can open */
    @Bindable(defaultValue = "6")
    int getBreakerWindow();

    /** how long an open circuit rests before one trial call */
    @Bindable(defaultValue = "30s")
    Duration getBreakerOpenFor();

    /** how often the worker pool looks for due jobs (retries, expired leases) */
    @Bindable(defaultValue = "500ms")
    Duration getPollInterval();

    /** follows decided per transaction when a signal fans out; each batch's jobs start as it commits */
    @Bindable(defaultValue = "16")
    int getRouteBatch();

    /** batches decided at once (each holds a database connection while it decides) */
    @Bindable(defaultValue = "8")
    int getRouteParallelism();
}
