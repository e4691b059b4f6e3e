package dev.foresight.alertroute.auth;

import io.quarkus.rest.client.reactive.ReactiveClientHeadersFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** Adds {@code Authorization: Bearer <token>} to calls to other Foresight functions. */
@ApplicationScoped
public class BearerTokenHeaders extends ReactiveClientHeadersFactory {
    private final TokenProvider tokens;

    public BearerTokenHeaders(TokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<MultivaluedMap<String, String>> getHeaders(
            MultivaluedMap<String, String> incomingHeaders, MultivaluedMap<String, String> clientOutgoingHeaders) {
        return tokens.accessToken().map(token -> {
            MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return headers;
        });
    }
}
