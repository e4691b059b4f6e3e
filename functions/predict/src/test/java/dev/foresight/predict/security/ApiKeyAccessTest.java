package dev.foresight.predict.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.testing.TestApiKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The funqy function and the REST reads accept an API key with the scopes a token would need. */
@QuarkusTest
class ApiKeyAccessTest {
    @Inject
    Pool pool;

    @AfterEach
    void cleanUp() {
        TestApiKeys.deleteAll(pool);
    }

    @Test
    void theFunctionNeedsTheKeyToCarryPredictWrite() {
        String body = "{\"service\":\"apikey-nowhere-" + UUID.randomUUID() + "\"}";
        String writer = TestApiKeys.issue(pool, "predict:write").key();
        String reader = TestApiKeys.issue(pool, "fleet:write").key();

        // past authentication and the scope check, the function itself answers: no such service
        given().header("X-API-Key", writer).contentType(ContentType.JSON).body(body).when().post("/predict")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString("apikey-nowhere"));
        given().header("X-API-Key", reader).contentType(ContentType.JSON).body(body).when().post("/predict")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", "ApiKey " + reader).when().get("/predictions").then().statusCode(200);
    }

    @Test
    void aRevokedKeyIsUnauthorized() {
        TestApiKeys.Issued key = TestApiKeys.issue(pool, "predict:write");
        TestApiKeys.revoke(pool, key.keyId());
        given().header("X-API-Key", key.key()).when().get("/predictions").then()
                .statusCode(401).contentType(Problem.MEDIA_TYPE);
    }
}
