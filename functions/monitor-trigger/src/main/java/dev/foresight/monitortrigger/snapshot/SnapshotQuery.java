package dev.foresight.monitortrigger.snapshot;

import dev.foresight.monitortrigger.fleet.ServiceRules;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated {@code GET /snapshots}: {@code service} and {@code since} are null when not given.
 * Parameters arrive as text so that a malformed one is a 400 naming it, not a bare JAX-RS 404.
 */
public record SnapshotQuery(String service, OffsetDateTime since, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static SnapshotQuery parse(String service, String since, String limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (service != null) {
            errors.addAll(ServiceRules.checkName("service", service));
        }
        OffsetDateTime parsedSince = null;
        if (since != null) {
            try {
                parsedSince = OffsetDateTime.parse(since.strip());
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("since",
                        "must be an ISO-8601 date-time with offset, such as 2025-01-01T10:00:00Z"));
            }
        }
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            String rule = "must be an integer between 1 and " + MAX_LIMIT;
            try {
                parsedLimit = Integer.parseInt(limit.strip());
                if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                    errors.add(new Problem.FieldError("limit", rule));
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("limit", rule));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SnapshotQuery(service, parsedSince, parsedLimit);
    }
}
