package io.tradewire.bot.discord;

import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When the watched channels are read back. At every (re)connect, since a gap in the connection
 * loses the posts made in it; again after 2, 4, 8, 16 and 32 s when a channel could not be read
 * (its history call failed, or the server was not loaded yet), so one failed call does not leave a
 * post unread until the next reconnect; and every {@code every} while connected, because Discord
 * does not promise to deliver every event of a live session. Each read runs on the posts thread,
 * in order with live messages, and goes from the channel's last message seen: the inbox takes a
 * post it already has as a duplicate, so reading more often never copies anything twice.
 */
final class ReadBack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadBack.class);
    private static final int RETRIES = 5;

    private final Posts posts;
    private final ExecutorService messages;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("discord-read-back").factory());
    private volatile JDA jda;

    ReadBack(Posts posts, ExecutorService messages, Duration every) {
        this.posts = posts;
        this.messages = messages;
        if (!every.isZero()) {
            timer.scheduleWithFixedDelay(this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The session is (again) live: read back what the gap missed. */
    void connected(JDA jda, String why) {
        this.jda = jda;
        read(why, 0);
    }

    private void sweep() {
        JDA j = jda;
        if (j != null && j.getStatus() == JDA.Status.CONNECTED) {
            read("sweep", RETRIES);
        }
    }

    private void read(String why, int attempt) {
        JDA j = jda;
        submit(() -> {
            int unread = posts.catchUp(j, why);
            if (unread > 0 && attempt < RETRIES) {
                long delay = 2_000L << attempt;
                LOG.info("{} channel(s) not read back ({}): trying again in {} s", unread, why, delay / 1000);
                schedule(() -> read(why + ", retry " + (attempt + 1), attempt + 1), delay);
            }
        });
    }

    private void submit(Runnable work) {
        try {
            messages.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("discord read-back failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // the bot is stopping
        }
    }

    private void schedule(Runnable work, long delayMillis) {
        try {
            timer.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the bot is stopping
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
