package dev.foresight.alertroute.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Direct access to the test database, to arrange fleet rows and to see what a request stored. */
public final class Db {
    private Db() {}

    /** Registers a service with a unique name, so suites running side by side never share rows. */
    public static String newService(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        update("INSERT INTO services (name) VALUES (?)", name);
        return name;
    }

    /** "service depends on dependsOn", with kind critical, optional or fallback. */
    public static void depends(String service, String dependsOn, String kind) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("INSERT INTO service_dependencies "
                + "(service_id, depends_on_id, kind) SELECT a.id, b.id, ? FROM services a, services b WHERE a.name = ? AND b.name = ?")) {
            s.setString(1, kind);
            s.setString(2, service);
            s.setString(3, dependsOn);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long alertsFor(String service) {
        return count("SELECT count(*) FROM alerts WHERE service = ?", service);
    }

    public static long notificationsFor(long alertId) {
        return count("SELECT count(*) FROM notifications WHERE alert_id = ?", alertId);
    }

    /** The single number {@code sql} answers for its one parameter. */
    public static long count(String sql, Object arg) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object arg) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notification rows of the alerts named {@code alertname}, oldest first: integration, status, attempts, last error, attempt log. */
    public static java.util.List<java.util.Map<String, Object>> notificationsNamed(String alertname) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT n.integration, n.status, n.attempts, "
                + "n.last_error, n.attempt_log::text AS attempt_log FROM notifications n JOIN alerts a ON a.id = n.alert_id "
                + "WHERE a.labels->>'alertname' = ? ORDER BY n.id")) {
            s.setString(1, alertname);
            java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    java.util.Map<String, Object> row = new java.util.HashMap<>();
                    row.put("integration", r.getString("integration"));
                    row.put("status", r.getString("status"));
                    row.put("attempts", r.getInt("attempts"));
                    row.put("lastError", r.getString("last_error"));
                    row.put("attemptLog", r.getString("attempt_log"));
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the aggregation groups of a receiver, e.g. groups a killed earlier run left failing. */
    public static void forgetGroupsOf(String receiver) {
        forget("DELETE FROM alert_groups WHERE receiver = ?", receiver);
        // and what it still had queued: an earlier run's rows would be retried against this run's receivers
        forget("DELETE FROM notification_deliveries WHERE receiver = ?", receiver);
    }

    /**
     * Forgets the memories earlier test classes left to record (memory is off for them) older than
     * {@code age}, so a class that turns memory on records only its own.
     */
    public static void forgetMemoryOutbox(java.time.Duration age) {
        forget("DELETE FROM memory_outbox WHERE created_at < now() - ? * interval '1 second'", age.toSeconds());
    }

    /** Deletes the alerts whose {@code channel} label is this (their groups are rebuilt from alerts at start-up). */
    public static void forgetAlertsFor(String channel) {
        forget("DELETE FROM alerts WHERE labels->>'channel' = ?", channel);
    }

    /**
     * A clean-up a test profile runs before Quarkus starts: on a database not yet migrated (a fresh
     * CI database, this class first) the table is absent and there is nothing to forget.
     */
    private static void forget(String sql, Object arg) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!"42P01".equals(e.getSQLState())) { // undefined_table
                throw new IllegalStateException(e);
            }
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
