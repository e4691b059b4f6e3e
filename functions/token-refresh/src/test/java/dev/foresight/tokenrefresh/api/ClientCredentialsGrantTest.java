package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.clientCredentials;
import static dev.foresight.tokenrefresh.api.TokenRequests.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.testing.TestTokens;
import dev.foresight.tokenrefresh.oauth.ErrorDescription;
import dev.foresight.tokenrefresh.oauth.RandomTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientCredentialsGrantTest {
    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void issuesAnAccessTokenThatVerifiesAgainstTheKeySet() throws Exception {
        JsonPath body = clientCredentials(OPS, OPS_SECRET, "")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("fleet:write monitor:write"))
                .body("refresh_token", hasLength(43))
                .body("refresh_expires_in", equalTo(7 * 24 * 3600))
                .extract().jsonPath();

        JwtContext jwt = Jwks.fetch().verify(body.getString("access_token"));
        JwtClaims claims = jwt.getJwtClaims();
        assertEquals("RS256", jwt.getJoseObjects().get(0).getAlgorithmHeaderValue());
        assertEquals(Jwks.fetch().kid(), jwt.getJoseObjects().get(0).getKeyIdHeaderValue());
        assertEquals("https://foresight.local", claims.getIssuer());
        assertEquals(OPS, claims.getSubject());
        assertEquals("at+jwt", jwt.getJoseObjects().get(0).getHeader("typ"));
        assertEquals(OPS, claims.getStringClaimValue("client_id"));
        assertEquals(TestTokens.FLEET, java.util.Set.copyOf(claims.getAudience()));
        assertEquals("fleet:write monitor:write", claims.getStringClaimValue("scope"));
        assertNotNull(claims.getJwtId());
        assertEquals(900, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void storesTheRefreshTokenOnlyAsItsHash() {
        String refreshToken = TokenRequests.opsRefreshToken();
        assertEquals(0, db.count("SELECT count(*) FROM refresh_tokens WHERE token_hash = ?", refreshToken));
        assertEquals(1, db.count("SELECT count(*) FROM refresh_tokens WHERE token_hash = ? AND client_id = ? AND subject = ?"
                + " AND scope = 'fleet:write monitor:write' AND used_at IS NULL AND revoked_at IS NULL"
                + " AND expires_at - issued_at = interval '7 days'", RandomTokens.sha256Hex(refreshToken), OPS, OPS));
    }

    @Test
    void theKeySetRefusesATokenSignedByAnotherKey() {
        assertThrows(InvalidJwtException.class, () -> Jwks.fetch().verify(TestTokens.withScopes("fleet:write")));
    }

    @Test
    void acceptsHttpBasicWithAFormEncodedSecret() {
        String basic = Base64.getEncoder().encodeToString((OPS + ":" + OPS_SECRET).getBytes(StandardCharsets.UTF_8));
        given().contentType(ContentType.URLENC).header("Authorization", "Basic " + basic)
                .body("grant_type=client_credentials&scope=monitor:write")
                .when().post("/token")
                .then().statusCode(200)
                .body("scope", equalTo("monitor:write"));
    }

    @Test
    void narrowsToTheRequestedScope() throws Exception {
        String token = clientCredentials(OPS, OPS_SECRET, "&scope=fleet:write").statusCode(200)
                .body("scope", equalTo("fleet:write"))
                .extract().path("access_token");
        assertEquals("fleet:write", Jwks.fetch().verify(token).getJwtClaims().getStringClaimValue("scope"));
    }

    @Test
    void wrongSecretIsInvalidClientWithAChallenge() {
        clientCredentials(OPS, "not-the-secret", "")
                .statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", startsWith("Basic"))
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_client"))
                .body("error_description", equalTo("client authentication failed"));
    }

    @Test
    void unknownClientAnswersLikeAWrongSecret() {
        clientCredentials("tr-test-nobody", OPS_SECRET, "")
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"))
                .body("error_description", equalTo("client authentication failed"));
    }

    @Test
    void noCredentialsIsInvalidClient() {
        post("grant_type=client_credentials").statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void unknownGrantTypeIsUnsupported() {
        post("grant_type=password&username=a&password=b")
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"))
                .body("error_description", containsString("'password'"));
    }

    @Test
    void scopeBeyondTheClientIsInvalidScope() {
        clientCredentials(OPS, OPS_SECRET, "&scope=fleet:write%20clients:admin")
                .statusCode(400)
                .body("error", equalTo("invalid_scope"))
                .body("error_description", equalTo("scope 'clients:admin' is not granted to this client"));
        assertEquals(0, db.count("SELECT count(*) FROM refresh_tokens WHERE client_id = ?", OPS));
    }

    @Test
    void missingGrantTypeIsInvalidRequest() {
        post("client_id=" + OPS + "&client_secret=" + OPS_SECRET)
                .statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("missing parameter 'grant_type'"));
    }

    @Test
    void repeatedParameterIsInvalidRequest() {
        clientCredentials(OPS, OPS_SECRET, "&scope=fleet:write&scope=monitor:write")
                .statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("parameter 'scope' must not be repeated"));
    }

    @Test
    void credentialsInBothPlacesAreInvalidRequest() {
        String basic = Base64.getEncoder().encodeToString((OPS + ":" + OPS_SECRET).getBytes(StandardCharsets.UTF_8));
        given().contentType(ContentType.URLENC).header("Authorization", "Basic " + basic)
                .body("grant_type=client_credentials&client_secret=" + OPS_SECRET)
                .when().post("/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void jsonBodyIsRefusedAsUnsupportedMediaType() {
        given().contentType(ContentType.JSON).body("{\"grant_type\":\"client_credentials\"}")
                .when().post("/token")
                .then().statusCode(415);
    }

    @Test
    void aMalformedPercentEscapeIsInvalidRequest() {
        post("grant_type=client_credentials&client_id=" + OPS + "&client_secret=%G0")
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void aControlCharacterInClientIdIsInvalidRequest() {
        clientCredentials("ops%00x", OPS_SECRET, "")
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        clientCredentials("ops%01x", OPS_SECRET, "")
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void descriptionsNeverEchoRawOrUnboundedInput() {
        String description = post("grant_type=%22" + "x".repeat(5000) + "%5C%00")
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"))
                .extract().path("error_description");
        assertTrue(description.length() <= ErrorDescription.MAX_LENGTH, description);
        assertTrue(ErrorDescription.allowed(description), description);
    }
}
