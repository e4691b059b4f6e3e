package dev.foresight.tokenrefresh.audit;

import dev.foresight.shared.problem.ProblemException;
import java.util.Optional;

/** The filters of {@code GET /audit}, checked before they reach the database. */
public record AuditQuery(int limit, Optional<String> clientId, Optional<String> event) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    static final int MAX_FILTER_LENGTH = 200;

    public static AuditQuery of(String limit, String clientId, String event) {
        int checkedLimit;
        try {
            checkedLimit = limit == null || limit.isEmpty() ? DEFAULT_LIMIT : Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            checkedLimit = -1;
        }
        if (checkedLimit < 1 || checkedLimit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new AuditQuery(checkedLimit, filter("client", clientId), filter("event", event));
    }

    private static Optional<String> filter(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            throw ProblemException.invalid(field, "must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(field, "must not contain control characters");
        }
        return Optional.of(value);
    }
}
