package io.tradewire.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a test database straight over JDBC, not through the application. */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row as a number. */
    public static long number(String url, String query) {
        String v = text(url, query);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** The first column of the first row, or null when there is no row. */
    public static String text(String url, String query) {
        List<String> all = texts(url, query);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The first column of every row. */
    public static List<String> texts(String url, String query) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    public static void exec(String url, String statement) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
