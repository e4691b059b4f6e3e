package dev.foresight.tokenrefresh.oauth;

import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** Scope narrowing (RFC 6749 §3.3 and §6): a request may ask for less than it is allowed, never more. */
public final class ScopeRules {
    private ScopeRules() {}

    /**
     * The scope to grant. Omitted → everything allowed; otherwise the request itself, which must be
     * a subset of {@code allowed} (invalid_scope names the tokens that are not).
     */
    public static Scope narrow(Optional<String> requested, Scope allowed) {
        if (requested.isEmpty()) {
            return allowed;
        }
        Scope asked;
        try {
            asked = Scope.parse(requested.get());
        } catch (IllegalArgumentException malformed) {
            throw OAuthException.invalidScope("scope must be space-separated tokens of the characters RFC 6749 section 3.3 allows");
        }
        SortedSet<String> refused = asked.outside(allowed);
        if (!refused.isEmpty()) {
            String names = refused.stream().limit(5).map(ErrorDescription::quote).collect(Collectors.joining(", "))
                    + (refused.size() > 5 ? " and " + (refused.size() - 5) + " more" : "");
            throw OAuthException.invalidScope("scope " + names + " is not granted to this client");
        }
        return asked;
    }
}
