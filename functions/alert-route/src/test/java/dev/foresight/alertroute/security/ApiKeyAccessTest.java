package dev.foresight.alertroute.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.WebhookPort;
import dev.foresight.shared.testing.TestApiKeys;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An API key is accepted like a token with the same scopes: reads with any key, writes with alerts:write. */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class ApiKeyAccessTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Pool pool;

    @AfterEach
    void cleanUp() {
        TestApiKeys.deleteAll(pool);
    }

    @Test
    void aKeyWithTheScopeWritesAndAnyKeyReads() {
        TestApiKeys.Issued writer = TestApiKeys.issue(pool, "alerts:write");
        TestApiKeys.Issued reader = TestApiKeys.issue(pool);
        String body = Alerts.critical(Db.newService("apikey"));

        long id = given().header("X-API-Key", writer.key()).contentType(ContentType.JSON).body(body)
                .when().post("/alerts").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("Authorization", "ApiKey " + reader.key()).when().get("/alerts/" + id)
                .then().statusCode(200).body("id", equalTo((int) id));
        given().header("X-API-Key", reader.key()).contentType(ContentType.JSON).body(body)
                .when().post("/alerts").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void revokedUnknownAndMalformedKeysAre401ProblemJson() {
        TestApiKeys.Issued revoked = TestApiKeys.issue(pool, "alerts:write");
        TestApiKeys.revoke(pool, revoked.keyId()); // revoked before its first use, so no cache holds it
        given().header("X-API-Key", revoked.key()).when().get("/alerts").then()
                .statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        String unknown = revoked.key().substring(0, 4) + "ffffffffffffffff" + revoked.key().substring(20);
        given().header("X-API-Key", unknown).when().get("/alerts").then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "ApiKey nonsense").when().get("/alerts").then().statusCode(401).contentType(PROBLEM);
    }
}
