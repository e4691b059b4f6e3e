package dev.foresight.tokenrefresh.api;

import dev.foresight.tokenrefresh.ratelimit.TokenRateLimit;
import dev.foresight.tokenrefresh.revocation.Introspection;
import dev.foresight.tokenrefresh.revocation.RevocationService;
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

/**
 * {@code POST /revoke} (RFC 7009), {@code POST /introspect} (RFC 7662) and {@code POST /logout};
 * each authenticates the client as {@code /token} does, takes the same per-client and
 * per-address buckets first, and answers OAuth errors as it does.
 */
@Path("/")
public class RevocationResource {
    private final RevocationService revocations;
    private final TokenRateLimit limit;

    public RevocationResource(RevocationService revocations, TokenRateLimit limit) {
        this.revocations = revocations;
        this.limit = limit;
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> revoke(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return limit.check(body, authorization, request.remoteAddress().hostAddress())
                .chain(() -> revocations.revoke(body, authorization)).map(done -> noStore(Response.ok()));
    }

    @POST
    @Path("introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> introspect(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return limit.check(body, authorization, request.remoteAddress().hostAddress())
                .chain(() -> revocations.introspect(body, authorization)).map(answer -> noStore(Response.ok(answer)));
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> logout(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return limit.check(body, authorization, request.remoteAddress().hostAddress())
                .chain(() -> revocations.logout(body, authorization)).map(done -> noStore(Response.ok()));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }
}
