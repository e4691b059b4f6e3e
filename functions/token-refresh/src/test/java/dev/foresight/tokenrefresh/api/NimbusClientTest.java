package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A third party's view: the Nimbus OAuth 2.0 SDK as client (client credentials, refresh,
 * revocation, introspection) and Nimbus JOSE as a resource server that knows only the JWKS URL.
 * Prints a transcript of the exchange and keeps it in target/nimbus-transcript.txt.
 */
@QuarkusTest
class NimbusClientTest {
    @Inject
    TestDb db;

    @TestHTTPResource("/token")
    URI tokenEndpoint;
    @TestHTTPResource("/revoke")
    URI revocationEndpoint;
    @TestHTTPResource("/introspect")
    URI introspectionEndpoint;
    @TestHTTPResource("/.well-known/jwks.json")
    URL jwksUrl;

    private final StringBuilder transcript = new StringBuilder();

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void aStandardClientAndResourceServerInteroperate() throws Exception {
        ClientAuthentication auth = new ClientSecretBasic(new ClientID(OPS), new Secret(OPS_SECRET));
        DefaultJWTProcessor<SecurityContext> resourceServer = resourceServer("foresight-monitor-trigger");

        // 1. client credentials
        AccessTokenResponse issued = token(new TokenRequest(tokenEndpoint, auth, new ClientCredentialsGrant(), new Scope("fleet:write", "monitor:write"),
                null, Map.of("resource", List.of("foresight-monitor-trigger"))));
        AccessToken access = issued.getTokens().getAccessToken();
        RefreshToken refresh = issued.getTokens().getRefreshToken();
        assertEquals(900, access.getLifetime());
        assertEquals(7L * 24 * 3600, ((Number) issued.getCustomParameters().get("refresh_expires_in")).longValue());
        JWTClaimsSet claims = resourceServer.process(access.getValue(), null);
        line("  resource server (JWKS only, typ at+jwt, aud foresight-monitor-trigger): verified sub=" + claims.getSubject()
                + " client_id=" + claims.getStringClaim("client_id") + " scope=" + claims.getStringClaim("scope"));
        assertEquals(OPS, claims.getStringClaim("client_id"));
        assertThrows(BadJOSEException.class, () -> resourceServer("foresight-predict").process(access.getValue(), null));
        line("  resource server for aud foresight-predict: refused (audience)");

        // 2. refresh
        AccessTokenResponse rotated = token(new TokenRequest(tokenEndpoint, auth, new RefreshTokenGrant(refresh), new Scope("monitor:write"),
                null, Map.of("resource", List.of("foresight-monitor-trigger"))));
        assertEquals("monitor:write", rotated.getTokens().getAccessToken().getScope().toString());
        resourceServer.process(rotated.getTokens().getAccessToken().getValue(), null);
        TokenResponse reused = TokenResponse.parse(send(new TokenRequest(tokenEndpoint, auth, new RefreshTokenGrant(refresh)).toHTTPRequest()));
        assertFalse(reused.indicatesSuccess());
        assertEquals("invalid_grant", ((TokenErrorResponse) reused).getErrorObject().getCode());

        // 3. introspection of a live token
        TokenIntrospectionSuccessResponse live = introspect(auth, access);
        assertTrue(live.isActive());
        assertEquals(OPS, live.getClientID().getValue());
        assertEquals(List.of("foresight-monitor-trigger"), live.getAudience().stream().map(Object::toString).toList());

        // 4. revocation, then introspection says inactive
        HTTPResponse revoked = send(new TokenRevocationRequest(revocationEndpoint, auth, access).toHTTPRequest());
        assertEquals(200, revoked.getStatusCode());
        assertFalse(introspect(auth, access).isActive());

        Path file = Path.of("target", "nimbus-transcript.txt");
        Files.writeString(file, transcript);
        System.out.println("---- Nimbus OAuth 2.0 SDK transcript ----\n" + transcript + "---- end ----");
        assertNotNull(Files.readString(file));
    }

    private DefaultJWTProcessor<SecurityContext> resourceServer(String audience) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwksUrl).retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer("https://foresight.local").build(),
                Set.of("sub", "exp", "iat", "jti", "client_id", "scope")));
        return processor;
    }

    private AccessTokenResponse token(TokenRequest request) throws Exception {
        TokenResponse response = TokenResponse.parse(send(request.toHTTPRequest()));
        assertTrue(response.indicatesSuccess(), () -> ((TokenErrorResponse) response).getErrorObject().toString());
        return response.toSuccessResponse();
    }

    private TokenIntrospectionSuccessResponse introspect(ClientAuthentication auth, AccessToken token) throws Exception {
        TokenIntrospectionResponse response = TokenIntrospectionResponse.parse(
                send(new TokenIntrospectionRequest(introspectionEndpoint, auth, token).toHTTPRequest()));
        assertTrue(response.indicatesSuccess());
        return response.toSuccessResponse();
    }

    private HTTPResponse send(HTTPRequest request) throws Exception {
        line("> " + request.getMethod() + " " + request.getURI().getPath() + "  " + shorten(request.getBody()));
        HTTPResponse response = request.send();
        line("< " + response.getStatusCode() + "  " + shorten(response.getBody()));
        return response;
    }

    private void line(String text) {
        transcript.append(text).append('\n');
    }

    /** Token values cut to their first characters, so the transcript shows the shape, not secrets. */
    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("(ey[A-Za-z0-9_-]{10})[A-Za-z0-9_.-]+", "$1...")
                .replaceAll("(token=|\"refresh_token\":\")([A-Za-z0-9_-]{8})[A-Za-z0-9_%-]+", "$1$2...");
    }
}
