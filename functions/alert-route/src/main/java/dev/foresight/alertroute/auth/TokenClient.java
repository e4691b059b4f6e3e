package dev.foresight.alertroute.auth;

import dev.foresight.alertroute.memory.EmbedFailure;
import dev.foresight.shared.token.TokenResponse;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** token-refresh's token endpoint; its URL is the whole endpoint, {@code foresight.alert-route.memory.token-url}. */
@RegisterRestClient(configKey = "token")
public interface TokenClient {

    /** RFC 6749 §4.4 client credentials grant, client authenticated by form fields (§2.3.1). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<TokenResponse> clientCredentials(
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return EmbedFailure.of("token-refresh", response);
    }
}
