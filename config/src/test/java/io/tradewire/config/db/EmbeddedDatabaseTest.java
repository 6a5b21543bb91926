package io.tradewire.config.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void dataIsKeptAcrossRestarts() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            execute(db, "create table kept (v text)", "insert into kept values ('first run')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertThat(read(db)).isEqualTo("first run");
        }
    }

    @Test
    void aServerLeftByAKilledRunIsStoppedAndItsDataServedAgain() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StaleServerMain.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            var out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // start-up chatter of the child
            }
            assertThat(line).as("child started its database").isEqualTo("ready");

            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0))
                    .hasMessageContaining("another Tradewire is already using the data folder");

            long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("orphaned server").contains(true);

            try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
                assertThat(read(db)).isEqualTo("written before the crash");
                assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileOfADeadProcessIsRemoved() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            execute(db, "create table kept (v text)", "insert into kept values ('x')");
        }
        Files.writeString(dir.resolve("postmaster.pid"), "999999\n" + dir + "\n");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertThat(read(db)).isEqualTo("x");
        }
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("tradewire"), "postgres", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String read(EmbeddedDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("tradewire"), "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select v from kept")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
