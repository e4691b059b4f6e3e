package dev.foresight.tokenrefresh.client;

import dev.foresight.shared.input.Bounded;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a client id and its scopes may be; shared by start-up seeding and registration. */
public final class ClientRules {
    public static final String ID_RULE = "must match [A-Za-z0-9._-]{1,64}";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The scopes Foresight's endpoints require; a typo here would only show later as a 403. */
    public static final Set<String> KNOWN_SCOPES = Set.copyOf(new TreeSet<>(List.of(
            "fleet:write", "monitor:write", "predict:write", "alerts:write", "memory:write", "clients:admin")));

    /** More entries than there are scopes is a mistake; the list is refused before each is read. */
    public static final int MAX_SCOPES = 32;

    private ClientRules() {}

    public static Optional<String> idProblem(String clientId) {
        if (clientId == null || clientId.isEmpty()) {
            return Optional.of("is required");
        }
        return ID.matcher(clientId).matches() ? Optional.empty() : Optional.of(ID_RULE);
    }

    /** A caller-chosen secret: long enough to resist guessing, and writable in FORESIGHT_CLIENTS. */
    public static final String SECRET_RULE =
            "must be 32 to 256 printable ASCII characters without spaces, ':' or ';'";
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x39\\x3C-\\x7E]{32,256}");

    public static Optional<String> secretProblem(String secret) {
        return SECRET.matcher(secret).matches() ? Optional.empty() : Optional.of(SECRET_RULE);
    }

    public static Optional<String> scopeProblem(String scope) {
        if (scope == null || scope.isEmpty()) {
            return Optional.of("is required");
        }
        return KNOWN_SCOPES.contains(scope) ? Optional.empty()
                : Optional.of("unknown scope " + Bounded.quote(scope) + "; known scopes: " + String.join(" ", new TreeSet<>(KNOWN_SCOPES)));
    }
}
