package io.tradewire.config.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedDatabaseTest}: starts a server, writes a row, waits to be killed. */
public final class StaleServerMain {
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("tradewire"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('written before the crash')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
