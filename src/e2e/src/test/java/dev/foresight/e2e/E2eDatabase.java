package dev.foresight.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The end-to-end database: recreated empty before each suite, read back with plain JDBC. */
final class E2eDatabase {
    /** {@code FORESIGHT_E2E_DB} lets two checkouts test side by side. */
    static final String NAME = System.getenv().getOrDefault("FORESIGHT_E2E_DB", "foresight_e2e");
    private static final String USER = System.getenv().getOrDefault("FORESIGHT_DB_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("FORESIGHT_DB_PASSWORD", "");

    private E2eDatabase() {}

    /** Drops and creates it; the suites assert on what they wrote, not on an earlier run's rows. */
    static void recreate() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + NAME);
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection c = connect(NAME); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row of a query, each a column-name-to-value map, in the query's order. */
    static java.util.List<java.util.Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection c = connect(NAME); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            java.util.List<java.util.Map<String, Object>> out = new java.util.ArrayList<>();
            while (rs.next()) {
                java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, USER, PASSWORD);
    }
}
