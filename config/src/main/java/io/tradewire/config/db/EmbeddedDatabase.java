package io.tradewire.config.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server kept in a folder of ours, for running without an external database.
 * Data survives restarts. A server left running by a killed Tradewire (its lock released, its
 * postmaster still alive) is stopped before ours starts, so an unclean stop is never fatal.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (creating on first use) the server whose data lives in {@code dataDirectory}; port 0 picks a free one. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException("another Tradewire is already using the data folder " + dataDirectory
                        + "; stop it or set TRADEWIRE_DATA_DIR to another folder", e);
            }
            throw e;
        }
    }

    /** A JDBC URL for a database on this server, creating the database if it is new. */
    public String jdbcUrl(String database) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * If a postmaster.pid names a live postgres while nobody holds our lock, a previous run was
     * killed and left its server behind: stop it (SIGTERM, then SIGKILL after 30 s). A pid file
     * naming a dead or unrelated process is removed; PostgreSQL replays its WAL on start.
     */
    static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(dataDirectory);
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(EmbeddedDatabase::isPostgres);
        if (process.isEmpty()) {
            LOG.warn("removing a stale postmaster.pid left by an unclean stop in {}", dataDirectory);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle stale = process.get();
        LOG.warn("stopping PostgreSQL pid {} left running by an unclean stop in {}", stale.pid(), dataDirectory);
        stale.destroy();
        try {
            stale.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception timeout) {
            stale.destroyForcibly();
            stale.onExit().join();
        }
        Files.deleteIfExists(pidFile);
    }

    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        try (FileChannel ch = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another Tradewire is already using the data folder "
                        + dataDirectory + "; stop it or set TRADEWIRE_DATA_DIR to another folder");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this process already runs a database in " + dataDirectory, e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("postgres")).orElse(true);
    }
}
