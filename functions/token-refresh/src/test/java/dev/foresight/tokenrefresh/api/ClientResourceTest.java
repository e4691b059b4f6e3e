package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.clientCredentials;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientResourceTest {
    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void requiresAToken() {
        given().contentType(ContentType.JSON).body("{\"clientId\":\"tr-reg-anon\",\"scopes\":[]}")
                .when().post("/clients")
                .then().statusCode(401);
        assertEquals(0, db.count("SELECT count(*) FROM oauth_clients WHERE client_id = 'tr-reg-anon'"));
    }

    @Test
    void requiresTheAdminScope() {
        given().header("Authorization", TestTokens.bearer("fleet:write", "monitor:write"))
                .contentType(ContentType.JSON).body("{\"clientId\":\"tr-reg-weak\",\"scopes\":[]}")
                .when().post("/clients")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, db.count("SELECT count(*) FROM oauth_clients WHERE client_id = 'tr-reg-weak'"));
    }

    @Test
    void registersAClientWhoseSecretIsShownOnceAndStoredHashed() {
        String secret = register("tr-reg-new", "[\"predict:write\",\"alerts:write\"]")
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("clientId", equalTo("tr-reg-new"))
                .body("scopes[0]", equalTo("alerts:write"))
                .body("scopes[1]", equalTo("predict:write"))
                .body("clientSecret", hasLength(43))
                .extract().path("clientSecret");

        String stored = db.text("SELECT secret_hash FROM oauth_clients WHERE client_id = 'tr-reg-new'");
        assertTrue(stored.startsWith("pbkdf2-sha256$"));
        assertFalse(stored.contains(secret));

        clientCredentials("tr-reg-new", secret, "&scope=predict:write")
                .statusCode(200)
                .body("scope", equalTo("predict:write"));
    }

    @Test
    void anExistingIdIsAConflictAndKeepsItsSecret() {
        register("tr-reg-twice", "[]").statusCode(201);
        String before = db.text("SELECT secret_hash FROM oauth_clients WHERE client_id = 'tr-reg-twice'");
        register("tr-reg-twice", "[\"clients:admin\"]")
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(before, db.text("SELECT secret_hash FROM oauth_clients WHERE client_id = 'tr-reg-twice'"));
        assertEquals("", db.text("SELECT scopes FROM oauth_clients WHERE client_id = 'tr-reg-twice'"));
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndStoresNothing() {
        register("tr-reg bad!", "[\"fleet:write\",\"root\"]")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("clientId"))
                .body("errors[0].rule", equalTo("must match [A-Za-z0-9._-]{1,64}"))
                .body("errors[1].field", equalTo("scopes[1]"));
        assertEquals(0, db.count("SELECT count(*) FROM oauth_clients WHERE client_id = 'tr-reg bad!'"));
    }

    @Test
    void wrongTypeIsAProblem() {
        register("tr-reg-types", "\"fleet:write\"")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scopes"));
        assertEquals(0, db.count("SELECT count(*) FROM oauth_clients WHERE client_id = 'tr-reg-types'"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().header("Authorization", TestTokens.bearer("clients:admin"))
                .contentType(ContentType.JSON).body("{\"clientId\":")
                .when().post("/clients")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void seededClientsAreStoredWithHashedSecrets() {
        String stored = db.text("SELECT secret_hash FROM oauth_clients WHERE client_id = ?", TokenRequests.OPS);
        assertTrue(stored.startsWith("pbkdf2-sha256$20000$"), stored);
        assertFalse(stored.contains(TokenRequests.OPS_SECRET));
        assertEquals("fleet:write monitor:write",
                db.text("SELECT scopes FROM oauth_clients WHERE client_id = ?", TokenRequests.OPS));
    }

    private static io.restassured.response.ValidatableResponse register(String clientId, String scopesJson) {
        return given().header("Authorization", TestTokens.bearer("clients:admin"))
                .contentType(ContentType.JSON)
                .body("{\"clientId\":\"" + clientId + "\",\"scopes\":" + scopesJson + "}")
                .when().post("/clients")
                .then();
    }
}
