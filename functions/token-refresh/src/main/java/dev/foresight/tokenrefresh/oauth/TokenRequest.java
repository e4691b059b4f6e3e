package dev.foresight.tokenrefresh.oauth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters of one token request, read by the rules of RFC 6749 §3.2. */
public record TokenRequest(Map<String, String> parameters, List<String> resources) {
    public static final String GRANT_TYPE = "grant_type";
    public static final String SCOPE = "scope";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String CLIENT_ID = "client_id";
    public static final String CLIENT_SECRET = "client_secret";
    /** RFC 8707 §2: the one parameter that may be repeated, once per target function. */
    public static final String RESOURCE = "resource";

    public TokenRequest {
        parameters = Map.copyOf(parameters);
        resources = List.copyOf(resources);
    }

    /**
     * §3.2: parameters without a value count as omitted, and none may be repeated, so a request
     * cannot smuggle a second scope or token past a check that reads only the first. The exception is
     * {@code resource} (RFC 8707 §2), repeated once per function the token is meant for.
     */
    public static TokenRequest parse(Map<String, List<String>> form) {
        Map<String, String> parameters = new HashMap<>();
        List<String> resources = new ArrayList<>();
        if (form != null) {
            form.forEach((name, values) -> {
                List<String> present = values == null ? List.of()
                        : values.stream().filter(v -> v != null && !v.isEmpty()).toList();
                if (RESOURCE.equals(name)) {
                    resources.addAll(present);
                    return;
                }
                if (present.size() > 1) {
                    throw OAuthException.invalidRequest("parameter " + ErrorDescription.quote(name) + " must not be repeated");
                }
                if (present.size() == 1) {
                    parameters.put(name, present.get(0));
                }
            });
        }
        return new TokenRequest(parameters, resources);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> OAuthException.invalidRequest("missing parameter '" + name + "'"));
    }

    @Override
    public String toString() {
        // values include secrets and refresh tokens
        return "TokenRequest" + parameters.keySet();
    }
}
