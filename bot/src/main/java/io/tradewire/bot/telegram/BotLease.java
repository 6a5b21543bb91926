package io.tradewire.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which instance holds the bot connection: the one holding a PostgreSQL session advisory lock.
 * The lock lives as long as the one connection kept for it, so an instance that dies (or loses
 * its database) lets it go without any clean-up, and another instance's next try takes it.
 */
final class BotLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotLease.class);

    private final DataSource dataSource;
    private final String name;
    private Connection held;

    BotLease(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** True when this instance holds the lease (taking it now if it is free). */
    synchronized boolean holdOrTake() {
        if (held != null) {
            if (alive()) {
                return true;
            }
            LOG.warn("bot lease {} lost: its database connection is gone", name);
            closeQuietly();
        }
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
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
            c.close();
        } catch (SQLException e) {
            LOG.warn("bot lease {} not taken: {}", name, e.getMessage());
        }
        return false;
    }

    synchronized boolean held() {
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

    @Override
    public synchronized void close() {
        if (held != null) {
            boolean unlocked = false;
            try (PreparedStatement s = held.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    unlocked = rs.next() && rs.getBoolean(1);
                }
            } catch (SQLException e) {
                // ending the session below ends the lock with it
            }
            if (unlocked) {
                try {
                    held.close();
                } catch (SQLException e) {
                    // returned to the pool or gone: either way the lock is free
                }
                held = null;
            } else {
                closeQuietly();
            }
            LOG.info("bot lease {} released", name);
        }
    }

    /**
     * Ends the session itself, not just the pool's loan of it: a pooled connection handed back
     * would keep the session, and the lock, alive for its next borrower.
     */
    private void closeQuietly() {
        try {
            held.unwrap(Connection.class).close();
        } catch (SQLException e) {
            // already gone
        }
        try {
            held.close();
        } catch (SQLException e) {
            // the pool drops a connection found closed
        }
        held = null;
    }
}
