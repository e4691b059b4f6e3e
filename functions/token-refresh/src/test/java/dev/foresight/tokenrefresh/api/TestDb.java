package dev.foresight.tokenrefresh.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Plain SQL against the test database, for arranging state (an expired token) and checking what
 * was stored. Every row the tests create belongs to a client id starting with {@code tr-}.
 */
@ApplicationScoped
public class TestDb {
    private final AgroalDataSource dataSource;

    public TestDb(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public String text(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(text(sql, parameters));
    }

    public void deleteTestRows() {
        update("DELETE FROM refresh_tokens WHERE client_id LIKE 'tr-%'");
        update("DELETE FROM token_audit WHERE client_id LIKE 'tr-%'");
        update("DELETE FROM revoked_access_tokens WHERE client_id LIKE 'tr-%'");
        update("DELETE FROM client_logouts WHERE client_id LIKE 'tr-%'");
        update("DELETE FROM oauth_clients WHERE client_id LIKE 'tr-reg-%'");
    }

    /** The seeded clients come back at every start, so they go when the application stops. */
    void removeSeededClients(@Observes ShutdownEvent stopping) {
        deleteTestRows();
        update("DELETE FROM oauth_clients WHERE client_id LIKE 'tr-test-%'");
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
