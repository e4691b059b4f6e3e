package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.clientCredentials;
import static dev.foresight.tokenrefresh.api.TokenRequests.refresh;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GET, PUT and DELETE of /clients: never a secret in a read, and a deleted client's tokens die with it. */
@QuarkusTest
class ClientAdministrationTest {
    private static final String ADMIN = "clients:admin";
    private static final String PROBLEM = "application/problem+json";
    private static final String NEW_SECRET = "a-new-secret-of-at-least-32-characters";

    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    private static String register(String clientId, String scopesJson) {
        return given().header("Authorization", TestTokens.bearer(ADMIN)).contentType(ContentType.JSON)
                .body("{\"clientId\":\"" + clientId + "\",\"scopes\":" + scopesJson + "}")
                .when().post("/clients").then().statusCode(201).extract().path("clientSecret");
    }

    private static ValidatableResponse put(String clientId, String body, String... scopes) {
        return given().header("Authorization", TestTokens.bearer(scopes)).contentType(ContentType.JSON)
                .body(body).when().put("/clients/" + clientId).then().log().ifValidationFails();
    }

    @Test
    void readsNeverShowASecretOrItsHash() {
        register("tr-reg-read", "[\"fleet:write\"]");
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/clients")
                .then().statusCode(200)
                .body("clientId", hasItem("tr-reg-read"))
                .body(not(containsString("ecret")))
                .body(not(containsString("pbkdf2")));
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/clients/tr-reg-read")
                .then().statusCode(200)
                .body("clientId", equalTo("tr-reg-read"))
                .body("scopes[0]", equalTo("fleet:write"))
                .body("createdAt", notNullValue())
                .body(not(containsString("ecret")));
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/clients/tr-reg-absent")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer(ADMIN)).when().get("/clients/bad%20id")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void updateChangesScopesAndSecret() {
        String oldSecret = register("tr-reg-upd", "[\"fleet:write\"]");
        put("tr-reg-upd", "{\"scopes\":[\"predict:write\",\"alerts:write\"],\"clientSecret\":\"" + NEW_SECRET + "\"}", ADMIN)
                .statusCode(200)
                .body("clientId", equalTo("tr-reg-upd"))
                .body("scopes[0]", equalTo("alerts:write"))
                .body("scopes[1]", equalTo("predict:write"))
                .body(not(containsString(NEW_SECRET)));
        clientCredentials("tr-reg-upd", oldSecret, "").statusCode(401);
        clientCredentials("tr-reg-upd", NEW_SECRET, "").statusCode(200).body("scope", equalTo("alerts:write predict:write"));
    }

    @Test
    void updateWithoutASecretKeepsIt() {
        String secret = register("tr-reg-keep", "[\"fleet:write\"]");
        put("tr-reg-keep", "{\"scopes\":[]}", ADMIN).statusCode(200);
        assertEquals("", db.text("SELECT scopes FROM oauth_clients WHERE client_id = 'tr-reg-keep'"));
        clientCredentials("tr-reg-keep", secret, "").statusCode(200);
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("empty body", "", "body"),
                Arguments.of("missing scopes", "{}", "scopes"),
                Arguments.of("scopes not a list", "{\"scopes\":\"fleet:write\"}", "scopes"),
                Arguments.of("unknown scope", "{\"scopes\":[\"root\"]}", "scopes[0]"),
                Arguments.of("short secret", "{\"scopes\":[],\"clientSecret\":\"short\"}", "clientSecret"),
                Arguments.of("secret with a colon", "{\"scopes\":[],\"clientSecret\":\"" + NEW_SECRET + ":x\"}", "clientSecret"),
                Arguments.of("unknown field", "{\"scopes\":[],\"secret\":\"" + NEW_SECRET + "\"}", "secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void badUpdateChangesNothing(String caseName, String body, String field) {
        register("tr-reg-bad", "[\"fleet:write\"]");
        String hash = db.text("SELECT secret_hash FROM oauth_clients WHERE client_id = 'tr-reg-bad'");
        put("tr-reg-bad", body, ADMIN).statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
        assertEquals(hash, db.text("SELECT secret_hash FROM oauth_clients WHERE client_id = 'tr-reg-bad'"));
        assertEquals("fleet:write", db.text("SELECT scopes FROM oauth_clients WHERE client_id = 'tr-reg-bad'"));
    }

    @Test
    void updateOfAnUnknownClientIs404() {
        put("tr-reg-ghost", "{\"scopes\":[]}", ADMIN).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void deleteRevokesTheRefreshTokens() {
        String secret = register("tr-reg-del", "[\"fleet:write\"]");
        String refreshToken = clientCredentials("tr-reg-del", secret, "").statusCode(200).extract().path("refresh_token");

        given().header("Authorization", TestTokens.bearer(ADMIN)).when().delete("/clients/tr-reg-del")
                .then().statusCode(204);
        assertEquals(0, db.count("SELECT count(*) FROM oauth_clients WHERE client_id = 'tr-reg-del'"));
        assertEquals(0, db.count("SELECT count(*) FROM refresh_tokens WHERE client_id = 'tr-reg-del' AND revoked_at IS NULL"));
        clientCredentials("tr-reg-del", secret, "").statusCode(401);

        // the same id registered again does not inherit the old client's tokens
        String newSecret = register("tr-reg-del", "[\"fleet:write\"]");
        refresh("tr-reg-del", newSecret, refreshToken, "").statusCode(400).body("error", equalTo("invalid_grant"));

        given().header("Authorization", TestTokens.bearer(ADMIN)).when().delete("/clients/tr-reg-absent")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void everyOperationNeedsTheAdminScope() {
        register("tr-reg-guard", "[\"fleet:write\"]");
        String weak = TestTokens.bearer("fleet:write", "monitor:write");
        given().header("Authorization", weak).when().get("/clients").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", weak).when().get("/clients/tr-reg-guard").then().statusCode(403);
        put("tr-reg-guard", "{\"scopes\":[\"clients:admin\"]}", "fleet:write").statusCode(403).contentType(PROBLEM);
        given().header("Authorization", weak).when().delete("/clients/tr-reg-guard").then().statusCode(403).contentType(PROBLEM);
        given().when().delete("/clients/tr-reg-guard").then().statusCode(401);
        assertEquals("fleet:write", db.text("SELECT scopes FROM oauth_clients WHERE client_id = 'tr-reg-guard'"));
    }
}
