package dev.foresight.tokenrefresh.oauth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The token endpoint speaks OAuth's error format (RFC 6749 §5.2) rather than problem+json, because
 * OAuth client libraries parse {@code error}. The shared problem mapper still handles everything else.
 */
public class OAuthErrorMapper {
    static final String CHALLENGE = "Basic realm=\"foresight\"";

    @ServerExceptionMapper
    public Response map(OAuthException failure) {
        Response.ResponseBuilder response = Response.status(failure.error().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .entity(new OAuthErrorBody(failure.error().code(), failure.getMessage()));
        if (failure.error() == OAuthError.INVALID_CLIENT) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.build();
    }
}
