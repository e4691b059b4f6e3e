package dev.foresight.shared.apikey;

import io.vertx.core.http.HttpServerRequest;

/** How a request presents an API key, and how the resulting identity names it. */
public final class ApiKeyIdentity {
    /** SecurityIdentity attribute holding the key id ("ak_…"); the principal's name is the same id. */
    public static final String KEY_ID = "foresight.api-key.id";
    public static final String HEADER = "X-API-Key";
    public static final String SCHEME = "ApiKey";

    private ApiKeyIdentity() {}

    /** The key from {@code Authorization: ApiKey <key>} or {@code X-API-Key}; null when neither is sent. */
    public static String presented(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return authorization.substring(SCHEME.length() + 1).strip();
        }
        String header = request.getHeader(HEADER);
        return header == null ? null : header.strip();
    }
}
