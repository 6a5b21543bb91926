package io.tradewire.bot.lease;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Which instance holds the bot connection: the one holding a PostgreSQL session advisory lock.
 * The lock lives as long as the one connection opened for it (outside the pool, so no pooled
 * session keeps it by mistake and no pool slot is spent on it): an instance that dies or loses
 * its database lets it go without any clean-up, and another instance's next try takes it.
 * One lease per bot (Telegram, Discord), each under its own name.
 */
public final class BotLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotLease.class);

    /** Opens a new connection to the service's database. */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final String name;
    private Connection held;

    public BotLease(Opener opener, String name) {
        this.opener = opener;
        this.name = name;
    }

    /** True when this instance holds the lease (taking it now if it is free). */
    public synchronized boolean holdOrTake() {
        if (held != null) {
            if (alive()) {
                return true;
            }
            LOG.warn("bot lease {} lost: its database connection is gone", name);
            closeQuietly();
        }
        Connection c = null;
        try {
            c = opener.open();
            try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        held = c;
                        LOG.info("bot lease {} taken", name);
                        return true;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("bot lease {} not taken: {}", name, e.getMessage());
        }
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // it was not usable anyway
            }
        }
        return false;
    }

    public synchronized boolean held() {
        return held != null;
    }

    private boolean alive() {
        try (Statement s = held.createStatement()) {
            s.setQueryTimeout(5);
            s.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Holds or competes for the lease every {@code check} while {@code running} says so, and starts
     * or stops the bot to match ({@code active} tells whether it runs here). A failed round (the
     * platform or the database away) is logged, {@code failed} undoes what a half-done start left,
     * and the next round tries again: a chat platform being away never stops the service.
     */
    public void compete(BooleanSupplier active, Runnable activate, Runnable deactivate, Runnable failed,
                        Duration check, BooleanSupplier running) {
        while (running.getAsBoolean()) {
            try {
                boolean holding = holdOrTake();
                if (holding && !active.getAsBoolean()) {
                    activate.run();
                } else if (!holding && active.getAsBoolean()) {
                    deactivate.run();
                }
            } catch (RuntimeException e) {
                LOG.warn("{} not started yet: {}", name, e.toString());
                failed.run();
            }
            try {
                Thread.sleep(check.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Ends the session, and the lock with it (no unlock query: the database may be going down too). */
    @Override
    public synchronized void close() {
        if (held != null) {
            closeQuietly();
            LOG.info("bot lease {} released", name);
        }
    }

    private void closeQuietly() {
        try {
            held.close();
        } catch (SQLException e) {
            // already gone
        }
        held = null;
    }
}
