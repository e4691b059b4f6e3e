package dev.foresight.monitortrigger.fleet;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL's unique_violation anywhere in a failure's causes: two concurrent
 * registrations can both pass the "already exists?" check, and the constraint decides.
 */
final class UniqueViolation {
    private static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
