package dev.foresight.tokenrefresh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.foresight.shared.apikey.ApiKeyFormat;
import dev.foresight.shared.apikey.ApiKeyUsage;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue, use, rotate with an overlap, revoke and count API keys; the key itself is shown only twice. */
@QuarkusTest
class ApiKeyResourceTest {
    private static final String ADMIN = "clients:admin";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestDb db;
    @Inject
    ApiKeyUsage usage;

    @AfterEach
    void cleanUp() {
        db.update("DELETE FROM api_keys WHERE name LIKE 'tr-key-%'");
    }

    private static ValidatableResponse issue(String body) {
        return given().header("Authorization", TestTokens.bearer(ADMIN)).contentType(ContentType.JSON).body(body)
                .when().post("/api-keys").then().log().ifValidationFails();
    }

    private static ValidatableResponse rotate(String keyId, String body) {
        return given().header("Authorization", TestTokens.bearer(ADMIN)).contentType(ContentType.JSON)
                .body(body == null ? "{}" : body).when().post("/api-keys/" + keyId + "/rotate").then().log().ifValidationFails();
    }

    /** GET /clients needs clients:admin: a key with that scope is let in as a token with it would be. */
    private static ValidatableResponse listClientsWith(String apiKey) {
        return given().header("X-API-Key", apiKey).when().get("/clients").then();
    }

    @Test
    void anIssuedKeyIsHashedScopedAndAcceptedInBothHeaders() {
        ValidatableResponse issued = issue("{\"name\":\"tr-key-admin\",\"scopes\":[\"clients:admin\"]}")
                .statusCode(201).header("Cache-Control", "no-store")
                .body("keyId", matchesPattern("ak_[0-9a-f]{12}"))
                .body("version", equalTo(1))
                .body("apiKey", matchesPattern("fsk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"));
        String keyId = issued.extract().path("keyId");
        String key = issued.extract().path("apiKey");

        assertEquals(ApiKeyFormat.hash(key), db.text("SELECT secret_hash FROM api_key_versions v JOIN api_keys k "
                + "ON k.id = v.api_key_id WHERE k.key_id = ?", keyId), "only the SHA-256 is stored");
        assertEquals(0, db.count("SELECT count(*) FROM api_key_versions WHERE secret_hash = ?", key));

        listClientsWith(key).statusCode(200);
        given().header("Authorization", "ApiKey " + key).when().get("/clients").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/api-keys/" + keyId).then()
                .statusCode(200)
                .body("scopes", hasItem("clients:admin"))
                .body("versions[0].expiresAt", nullValue())
                .body(not(containsString(key)))
                .body(not(containsString(ApiKeyFormat.hash(key))));
    }

    @Test
    void aKeyWithoutTheScopeIsForbiddenAndAWrongKeyIsUnauthorized() {
        String key = issue("{\"name\":\"tr-key-fleet\",\"scopes\":[\"fleet:write\"]}").statusCode(201).extract().path("apiKey");
        listClientsWith(key).statusCode(403).contentType(PROBLEM);
        String tampered = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
        listClientsWith(tampered).statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        listClientsWith("not-a-key").statusCode(401).contentType(PROBLEM);
    }

    @Test
    void rotationKeepsTheOldVersionForTheOverlapOnly() {
        ValidatableResponse issued = issue("{\"name\":\"tr-key-rot\",\"scopes\":[\"clients:admin\"]}").statusCode(201);
        String keyId = issued.extract().path("keyId");
        String v1 = issued.extract().path("apiKey");

        ValidatableResponse second = rotate(keyId, null).statusCode(200)
                .body("version", equalTo(2)).body("previousVersionsExpireAt", notNullValue());
        String v2 = second.extract().path("apiKey");
        assertNotEquals(v1, v2);
        listClientsWith(v1).statusCode(200); // default overlap: 90 days
        listClientsWith(v2).statusCode(200);
        String expiry = db.text("SELECT extract(epoch FROM v.expires_at - now())::bigint FROM api_key_versions v "
                + "JOIN api_keys k ON k.id = v.api_key_id WHERE k.key_id = ? AND version = 1", keyId);
        assertEquals(Duration.ofDays(90).toSeconds(), Long.parseLong(expiry), 60, "v1 expires 90 days from now");

        String v3 = rotate(keyId, "{\"overlap\":\"PT0S\"}").statusCode(200).body("version", equalTo(3)).extract().path("apiKey");
        listClientsWith(v1).statusCode(401).contentType(PROBLEM);
        listClientsWith(v2).statusCode(401).contentType(PROBLEM);
        listClientsWith(v3).statusCode(200);

        rotate(keyId, "{\"overlap\":\"P2Y\"}").statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("overlap"));
        rotate("ak_000000000000", null).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        ValidatableResponse issued = issue("{\"name\":\"tr-key-rev\",\"scopes\":[\"clients:admin\"]}").statusCode(201);
        String keyId = issued.extract().path("keyId");
        String key = issued.extract().path("apiKey");
        listClientsWith(key).statusCode(200);
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().delete("/api-keys/" + keyId).then().statusCode(204);
        listClientsWith(key).statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", notNullValue());
        rotate(keyId, null).statusCode(404);
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/api-keys/" + keyId).then()
                .statusCode(200).body("revokedAt", notNullValue());
    }

    @Test
    void useIsCountedInBatches() {
        ValidatableResponse issued = issue("{\"name\":\"tr-key-use\",\"scopes\":[\"clients:admin\"]}").statusCode(201);
        String keyId = issued.extract().path("keyId");
        String key = issued.extract().path("apiKey");
        for (int i = 0; i < 5; i++) {
            listClientsWith(key).statusCode(200);
        }
        usage.flush().await().atMost(Duration.ofSeconds(5));
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/api-keys").then().statusCode(200)
                .body("find { it.keyId == '" + keyId + "' }.versions[0].useCount", equalTo(5))
                .body("find { it.keyId == '" + keyId + "' }.versions[0].lastUsedAt", notNullValue());
    }

    @Test
    void invalidRequestsNameTheField() {
        issue("{\"name\":\"tr-key-bad\",\"scopes\":[\"root\"]}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("scopes[0]"));
        issue("{\"scopes\":[]}").statusCode(400).body("errors[0].field", equalTo("name"));
        issue("{\"name\":\"tr-key-x\",\"scopes\":[],\"extra\":1}").statusCode(400);
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/api-keys/nope").then()
                .statusCode(400).body("errors[0].field", equalTo("keyId"));
        given().header("Authorization", TestTokens.bearer("fleet:write")).when().get("/api-keys").then().statusCode(403);
        given().when().get("/api-keys").then().statusCode(401);
    }
}
