package dev.foresight.tokenrefresh.api;

import dev.foresight.tokenrefresh.grant.TokenService;
import dev.foresight.tokenrefresh.ratelimit.TokenRateLimit;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /token}, RFC 6749 §3.2. The raw form is decoded by FormBody so repeated parameters and broken escapes are refused as OAuth errors. */
@Path("/token")
public class TokenResource {
    private final TokenService tokens;
    private final TokenRateLimit limit;

    public TokenResource(TokenService tokens, TokenRateLimit limit) {
        this.tokens = tokens;
        this.limit = limit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> token(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        // §5.1: token responses must not be cached
        return limit.check(body, authorization, request.remoteAddress().hostAddress())
                .chain(() -> tokens.token(body, authorization)).map(answer -> Response.ok(answer)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build());
    }
}
