package dev.foresight.tokenrefresh.access;

import dev.foresight.tokenrefresh.oauth.ErrorDescription;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code aud} of an access token (RFC 9068 §3), each function named as its
 * {@code quarkus.application.name} and checked by it ({@code mp.jwt.verify.audiences}). Reads need
 * no scope, so the audience is not derived from the scopes: a token is for the whole fleet unless
 * the request names its targets with RFC 8707 {@code resource} parameters. A refresh-token family
 * keeps the audience it was granted: a refresh may name part of it (RFC 8707 §2.2), never more.
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

    /** The audience a refresh names, or empty to keep the family's; unknown names as {@link #requested}. */
    public static Optional<Set<String>> narrowing(List<String> resources) {
        return resources.isEmpty() ? Optional.empty() : Optional.of(requested(resources));
    }

    /**
     * The audience of a refreshed access token: the family's {@code granted} audience, or the
     * {@code asked} part of it; more than was granted is {@code invalid_target} (RFC 8707 §2.2).
     */
    public static Set<String> within(Optional<Set<String>> asked, Set<String> granted) {
        if (asked.isEmpty()) {
            return granted;
        }
        if (!granted.containsAll(asked.get())) {
            Set<String> beyond = new TreeSet<>(asked.get());
            beyond.removeAll(granted);
            throw OAuthException.invalidTarget("resource " + String.join(", ", beyond)
                    + " was not granted to this refresh token; it holds " + String.join(", ", granted));
        }
        return asked.get();
    }

    /** The stored form of a granted audience: null for the whole fleet, else the names space-separated. */
    public static String stored(Set<String> audience) {
        return audience.equals(FLEET) ? null : String.join(" ", new TreeSet<>(audience));
    }

    /** The granted audience of a stored value ({@link #stored}). */
    public static Set<String> granted(String stored) {
        return stored == null ? new TreeSet<>(FLEET) : new TreeSet<>(List.of(stored.split(" ")));
    }
}
