package dev.foresight.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Row count and an order-independent checksum of every table of the e2e database. */
final class TableDigest {
    private TableDigest() {}

    static Map<String, String> of(String database) throws SQLException {
        Map<String, String> digest = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database,
                System.getenv().getOrDefault("FORESIGHT_DB_USER", "postgres"),
                System.getenv().getOrDefault("FORESIGHT_DB_PASSWORD", ""));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-')"
                        + " FROM \"" + table + "\" t")) {
                    rs.next();
                    digest.put(table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
        }
        return digest;
    }
}
