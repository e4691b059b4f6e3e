package dev.foresight.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsUnavailable() {
        RuntimeException wrapped = new RuntimeException("flush", new IllegalStateException(new ConnectException("Connection refused")));
        assertTrue(DatabaseUnavailable.is(wrapped));
        Problem problem = Problems.from(wrapped);
        assertEquals(503, problem.status());
        assertEquals("Service Unavailable", problem.title());
    }

    @Test
    void aServerShuttingDownOrStartingUpIsUnavailable() {
        assertTrue(DatabaseUnavailable.is(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)));
        assertTrue(DatabaseUnavailable.is(new PgException("the database system is starting up", "FATAL", "57P03", null)));
        assertTrue(DatabaseUnavailable.is(io.vertx.sqlclient.ClosedConnectionException.INSTANCE));
        assertTrue(DatabaseUnavailable.is(new RuntimeException(new java.net.SocketException("Connection reset"))));
    }

    @Test
    void aBadQueryIsNotUnavailableAndStaysA500() {
        PgException syntax = new PgException("syntax error", "ERROR", "42601", null);
        assertFalse(DatabaseUnavailable.is(syntax));
        assertEquals(500, Problems.from(syntax).status());
        assertFalse(DatabaseUnavailable.is(new IllegalStateException("bug")));
    }
}
