package dev.foresight.shared.problem;

import java.net.ConnectException;

/**
 * Whether a failure means the database cannot be reached right now (refused or broken
 * connections, a server shutting down, starting up or out of connections), as opposed to a bad
 * query or a bug. A request that meets one is answered {@code 503} with {@code Retry-After}: the
 * client may send it again, and nothing of it was stored.
 */
public final class DatabaseUnavailable {
    /** The wait a {@code 503} asks for: about how long a PostgreSQL restart or fail-over takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // refused, reset or broken: the connection, not the request, failed
            if (t instanceof ConnectException || t instanceof java.net.SocketException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && unavailable(pg.getSqlState())) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot
     * connect now: starting up or shutting down) and 53300 (too many connections).
     */
    static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }
}
