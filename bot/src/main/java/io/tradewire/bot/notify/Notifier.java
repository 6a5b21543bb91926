package io.tradewire.bot.notify;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs the notices for one chat adapter while it holds its bot connection: reads the engine for
 * new events into the outbox and sends the outbox, on one thread. A chat outage only delays
 * notices (they wait in the outbox); trading never waits for it.
 */
@Singleton
public class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final EngineWatcher watcher;
    private final OutboxRepository outbox;
    private final NotifyConfig config;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    /** the loops running (one per chat platform): {@link #wake()} cuts their sleep short */
    private final java.util.Set<Running> current = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Notifier(EngineWatcher watcher, OutboxRepository outbox, NotifyConfig config,
             TransactionOperations<Connection> tx, Clock clock) {
        this.watcher = watcher;
        this.outbox = outbox;
        this.config = config;
        this.tx = tx;
        this.clock = clock;
    }

    /** A running notifier for one sender; {@link Running#stop()} ends it. */
    public Running start(ChatSender sender) {
        Dispatcher dispatcher = new Dispatcher(sender, outbox, config, tx, clock);
        Running running = new Running(dispatcher);
        watcher.startFromNowIfNew();
        current.add(running);
        Thread.ofPlatform().daemon().name("notify-" + sender.platform().name().toLowerCase(java.util.Locale.ROOT))
                .start(running);
        return running;
    }

    /**
     * Something was just traded in this process (a post went through the pipeline): read the
     * engine now rather than at the next scan, so the DM follows the post at once.
     */
    public void wake() {
        current.forEach(r -> r.wakeUp.release());
    }

    /** The loop: scan, send, sleep until the next send is allowed, the next scan is due, or {@link #wake()}. */
    public final class Running implements Runnable {
        private final Dispatcher dispatcher;
        private final java.util.concurrent.Semaphore wakeUp = new java.util.concurrent.Semaphore(0);
        private volatile boolean stopped;

        private Running(Dispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Override
        public void run() {
            Instant nextScan = Instant.MIN;
            while (!stopped) {
                try {
                    if (!clock.instant().isBefore(nextScan)) {
                        watcher.scanOnce();
                        nextScan = clock.instant().plus(config.getScanInterval());
                    }
                    Instant next = dispatcher.sendDue();
                    Instant wake = next.isBefore(nextScan) ? next : nextScan;
                    long ms = Math.max(10, Duration.between(clock.instant(), wake).toMillis());
                    if (wakeUp.tryAcquire(Math.min(ms, config.getScanInterval().toMillis()),
                            java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        wakeUp.drainPermits();
                        nextScan = Instant.MIN;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    // the database or the platform is away: keep the notices, try again shortly
                    LOG.warn("notifier pass failed, retrying: {}", e.toString());
                    sleepQuietly(config.getScanInterval().multipliedBy(4));
                }
            }
        }

        public void stop() {
            stopped = true;
            wakeUp.release();
            current.remove(this);
        }

        private void sleepQuietly(Duration d) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }
}
