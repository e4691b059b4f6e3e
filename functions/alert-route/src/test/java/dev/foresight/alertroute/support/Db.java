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

    private static long count(String sql, Object arg) {
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

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
