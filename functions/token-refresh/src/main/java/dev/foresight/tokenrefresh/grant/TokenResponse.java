package dev.foresight.tokenrefresh.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.foresight.tokenrefresh.access.AccessToken;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;

/** RFC 6749 §5.1 successful response; OAuth's own snake_case names, not Foresight's camelCase. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("refresh_expires_in") Long refreshExpiresIn,
        @JsonProperty("scope") String scope) {

    /**
     * {@code refreshToken} may be null when none is issued; {@code refresh_expires_in} is sent only
     * with a refresh token, as the seconds until it expires.
     */
    public static TokenResponse of(AccessToken access, String refreshToken, Duration refreshTtl, Scope scope) {
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), refreshToken,
                refreshToken == null ? null : refreshTtl.toSeconds(), scope.toString());
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
