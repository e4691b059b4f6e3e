package dev.foresight.tokenrefresh.oauth;

/** A refusal of the token endpoint; leaves as RFC 6749 §5.2 JSON, never as problem+json. */
public class OAuthException extends RuntimeException {
    private final OAuthError error;

    public OAuthException(OAuthError error, String description) {
        // refusals are expected traffic, not bugs: a stack trace would be noise and cost
        super(ErrorDescription.of(description), null, false, false);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(OAuthError.INVALID_REQUEST, description);
    }

    public static OAuthException invalidClient(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT, description);
    }

    public static OAuthException invalidGrant(String description) {
        return new OAuthException(OAuthError.INVALID_GRANT, description);
    }

    public static OAuthException unsupportedGrantType(String description) {
        return new OAuthException(OAuthError.UNSUPPORTED_GRANT_TYPE, description);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException(OAuthError.INVALID_SCOPE, description);
    }

    public static OAuthException invalidTarget(String description) {
        return new OAuthException(OAuthError.INVALID_TARGET, description);
    }
}
