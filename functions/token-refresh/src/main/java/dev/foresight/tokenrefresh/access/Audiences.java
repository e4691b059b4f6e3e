package dev.foresight.tokenrefresh.access;

import dev.foresight.tokenrefresh.oauth.Scope;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code aud} of an access token (RFC 9068 §3): one audience per function its scopes reach,
 * named as each function's {@code quarkus.application.name}.
 */
public final class Audiences {
    private static final Map<String, String> FUNCTION_OF_SCOPE = Map.of(
            "predict:write", "foresight-predict",
            "alerts:write", "foresight-alert-route",
            "fleet:write", "foresight-monitor-trigger",
            "monitor:write", "foresight-monitor-trigger",
            "memory:write", "foresight-embed",
            "clients:admin", "foresight-token-refresh");

    private Audiences() {}

    /** The functions {@code scope} reaches, sorted; scopes of no function add none. */
    public static Set<String> of(Scope scope) {
        Set<String> audiences = new TreeSet<>();
        for (String token : scope.values()) {
            String function = FUNCTION_OF_SCOPE.get(token);
            if (function != null) {
                audiences.add(function);
            }
        }
        return audiences;
    }
}
