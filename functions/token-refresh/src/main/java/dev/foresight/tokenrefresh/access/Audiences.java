package dev.foresight.tokenrefresh.access;

import dev.foresight.tokenrefresh.oauth.ErrorDescription;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code aud} of an access token (RFC 9068 §3), each function named as its
 * {@code quarkus.application.name} and checked by it ({@code mp.jwt.verify.audiences}). Reads need
 * no scope, so the audience is not derived from the scopes: a token is for the whole fleet unless
 * the request names its targets with RFC 8707 {@code resource} parameters.
 */
public final class Audiences {
    private static final String PREFIX = "foresight-";
    /** Every function of the fleet, the audience of a token requested without {@code resource}. */
    public static final Set<String> FLEET = Set.of(
            "foresight-predict", "foresight-alert-route", "foresight-monitor-trigger", "foresight-embed",
            "foresight-token-refresh");

    private Audiences() {}

    /**
     * The audience for the requested {@code resources}, sorted: all of {@link #FLEET} when none is
     * named; each is a function's audience or its short name ({@code predict}). An unknown one is
     * {@code invalid_target} (RFC 8707 §2).
     */
    public static Set<String> requested(List<String> resources) {
        if (resources.isEmpty()) {
            return new TreeSet<>(FLEET);
        }
        Set<String> audiences = new TreeSet<>();
        for (String resource : resources) {
            String audience = resource.startsWith(PREFIX) ? resource : PREFIX + resource;
            if (!FLEET.contains(audience)) {
                throw OAuthException.invalidTarget("resource " + ErrorDescription.quote(resource)
                        + " is not a Foresight function; use one of " + String.join(", ", new TreeSet<>(FLEET)));
            }
            audiences.add(audience);
        }
        return audiences;
    }
}
