package dev.foresight.tokenrefresh.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.foresight.tokenrefresh.access.AccessToken;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 6749 §5.1 successful response; OAuth's own snake_case names, not Foresight's camelCase. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("scope") String scope) {

    /** {@code refreshToken} may be null when none is issued. */
    public static TokenResponse of(AccessToken access, String refreshToken, Scope scope) {
        return new TokenResponse(access.value(), "Bearer", access.expiresIn(), refreshToken, scope.toString());
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
