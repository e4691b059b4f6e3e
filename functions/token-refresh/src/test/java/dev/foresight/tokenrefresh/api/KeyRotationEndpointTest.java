package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.clientCredentials;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rotation through {@code POST /keys/rotate}, with a key directory and no publish lead. */
@QuarkusTest
@TestProfile(KeyRotationEndpointTest.KeyDirectory.class)
class KeyRotationEndpointTest {
    public static class KeyDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("foresight.token-refresh.signing-key-dir", "target/test-key-ring-" + System.nanoTime(),
                    "foresight.token-refresh.key-publish-lead", "PT0S");
        }
    }

    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void aTokenOfTheOldKeyStillVerifiesFromTheKeySetAfterARotation() throws Exception {
        String before = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("access_token");
        assertEquals(1, Jwks.fetch().keys().getJsonWebKeys().size());

        given().header("Authorization", TestTokens.bearer("clients:admin"))
                .when().post("/keys/rotate").then().statusCode(204);

        String after = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("access_token");
        Jwks published = Jwks.fetch();
        assertEquals(2, published.keys().getJsonWebKeys().size());
        assertNotEquals(kidOf(before), kidOf(after));
        assertEquals(OPS, published.verify(before).getJwtClaims().getSubject());
        assertEquals(OPS, published.verify(after).getJwtClaims().getSubject());
    }

    @Test
    void aRotationLeavesAKeyRotationEntryInTheAuditLog() throws Exception {
        String before = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("access_token");
        String admin = TestTokens.bearer("clients:admin");

        given().header("Authorization", admin).when().post("/keys/rotate").then().statusCode(204);

        String kid = kidOf(clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("access_token"));
        // written on a Vert.x context of its own after the key file: it may land a moment later
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        java.util.List<Map<String, Object>> entries = java.util.List.of();
        while (System.nanoTime() < deadline) {
            entries = given().header("Authorization", admin).queryParam("event", "key_rotation")
                    .when().get("/audit").then().statusCode(200).extract().jsonPath().getList("$");
            if (entries.stream().anyMatch(e -> kid.equals(((Map<?, ?>) e.get("details")).get("kid")))) {
                break;
            }
            Thread.sleep(100);
        }
        Map<?, ?> details = (Map<?, ?>) entries.stream().filter(e -> kid.equals(((Map<?, ?>) e.get("details")).get("kid")))
                .findFirst().orElseThrow(() -> new AssertionError("no key_rotation entry for " + kid)).get("details");
        assertEquals(kidOfUnchecked(before), details.get("previous"));
    }

    private static String kidOfUnchecked(String jwt) {
        try {
            return kidOf(jwt);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rotatingNeedsTheAdministratorScope() {
        given().when().post("/keys/rotate").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("fleet:write"))
                .when().post("/keys/rotate").then().statusCode(403);
    }

    private static String kidOf(String jwt) throws Exception {
        return JsonWebStructure.fromCompactSerialization(jwt).getKeyIdHeaderValue();
    }
}
