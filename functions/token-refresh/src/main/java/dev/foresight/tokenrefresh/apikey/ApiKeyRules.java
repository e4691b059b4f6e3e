package dev.foresight.tokenrefresh.apikey;

import dev.foresight.shared.problem.Problem;
import dev.foresight.tokenrefresh.client.ClientRules;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an API key's name, id, scopes and rotation overlap may be. Scopes follow the client rules. */
public final class ApiKeyRules {
    public static final String KEY_ID_PREFIX = "ak_";
    static final String KEY_ID_RULE = "must be ak_ followed by 12 hex digits";
    private static final Pattern KEY_ID = Pattern.compile("ak_[0-9a-f]{12}");
    static final String NAME_RULE = "must be 1 to 64 characters of A-Z a-z 0-9 . _ - or space";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._ -]{1,64}");
    static final int MAX_SCOPES = ClientRules.KNOWN_SCOPES.size();
    static final Duration MAX_OVERLAP = Duration.ofDays(365);

    private ApiKeyRules() {}

    static List<Problem.FieldError> issueProblems(ApiKeyIssue request) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (request == null) {
            problems.add(new Problem.FieldError("body", "is required"));
            return problems;
        }
        if (request.name() == null || !NAME.matcher(request.name()).matches()) {
            problems.add(new Problem.FieldError("name", request.name() == null ? "is required" : NAME_RULE));
        }
        if (request.scopes() == null) {
            problems.add(new Problem.FieldError("scopes", "is required (may be empty)"));
        } else if (request.scopes().size() > MAX_SCOPES) {
            problems.add(new Problem.FieldError("scopes", "must list at most " + MAX_SCOPES + " scopes"));
        } else {
            for (int i = 0; i < request.scopes().size(); i++) {
                int index = i;
                ClientRules.scopeProblem(request.scopes().get(i))
                        .ifPresent(p -> problems.add(new Problem.FieldError("scopes[" + index + "]", p)));
            }
        }
        return problems;
    }

    static Optional<String> keyIdProblem(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches() ? Optional.empty() : Optional.of(KEY_ID_RULE);
    }

    /** An ISO-8601 duration from PT0S to P365D; IllegalArgumentException with the rule otherwise. */
    static Duration overlap(String text) {
        String rule = "must be an ISO-8601 duration from PT0S to P365D, e.g. P90D";
        try {
            Duration overlap = Duration.parse(text);
            if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
                throw new IllegalArgumentException(rule);
            }
            return overlap;
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException(rule);
        }
    }
}
