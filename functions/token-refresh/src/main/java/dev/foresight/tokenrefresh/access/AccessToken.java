package dev.foresight.tokenrefresh.access;

/** A signed access token and its lifetime in seconds ({@code expires_in}). */
public record AccessToken(String value, long expiresIn) {
    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresIn + "]";
    }
}
