package dev.foresight.tokenrefresh.revocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** RFC 7662 §2.2 introspection response; an inactive token shows nothing but {@code active: false}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Introspection(
        boolean active,
        String scope,
        @JsonProperty("client_id") String clientId,
        String sub,
        Long exp,
        Long iat,
        @JsonProperty("token_type") String tokenType,
        List<String> aud,
        String iss,
        String jti) {

    public static final Introspection INACTIVE = new Introspection(false, null, null, null, null, null, null, null, null, null);

    public static Introspection of(AccessClaims claims) {
        return new Introspection(true, claims.scope(), claims.clientId(), claims.subject(), claims.expiresAt(),
                claims.issuedAt(), "Bearer", claims.audience(), claims.issuer(), claims.jti());
    }
}
