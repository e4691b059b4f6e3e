package dev.foresight.tokenrefresh.ratelimit;

import dev.foresight.tokenrefresh.oauth.OAuthErrorBody;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 429 from {@code /token} keeps the OAuth error shape rather than problem+json: OAuth client
 * libraries read a token endpoint's error body for {@code error}, and one they cannot parse
 * surfaces as a bare parse failure. {@code slow_down} is the registered OAuth error for a client
 * that asks too often (RFC 8628 §3.5); {@code Retry-After} says when to try again.
 */
public class TokenRateLimitMapper {
    @ServerExceptionMapper
    public Response map(TokenRateLimitedException failure) {
        return Response.status(429)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", Long.toString(failure.decision().retryAfterSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new OAuthErrorBody("slow_down", failure.getMessage()))
                .build();
    }
}
