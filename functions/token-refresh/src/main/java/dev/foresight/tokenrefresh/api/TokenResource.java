package dev.foresight.tokenrefresh.api;

import dev.foresight.tokenrefresh.grant.TokenService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /token}, RFC 6749 §3.2. The raw form is decoded by FormBody so repeated parameters and broken escapes are refused as OAuth errors. */
@Path("/token")
public class TokenResource {
    private final TokenService tokens;

    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> token(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // §5.1: token responses must not be cached
        return tokens.token(body, authorization).map(answer -> Response.ok(answer)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build());
    }
}
