package dev.foresight.tokenrefresh.oauth;

/** The RFC 6749 §5.2 error codes this server answers with, each with its one HTTP status. */
public enum OAuthError {
    INVALID_REQUEST("invalid_request", 400),
    /** 401 and a {@code WWW-Authenticate} challenge, as §5.2 asks for failed client authentication. */
    INVALID_CLIENT("invalid_client", 401),
    INVALID_GRANT("invalid_grant", 400),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
    INVALID_SCOPE("invalid_scope", 400),
    /** RFC 8707 §2: a {@code resource} that names no Foresight function. */
    INVALID_TARGET("invalid_target", 400);

    private final String code;
    private final int status;

    OAuthError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
