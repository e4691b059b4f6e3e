package dev.foresight.tokenrefresh.access;

/** A signed access token, its lifetime in seconds ({@code expires_in}), its jti and its exp. */
public record AccessToken(String value, long expiresIn, String jti, long expiresAt) {
    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresIn + "]";
    }
}
