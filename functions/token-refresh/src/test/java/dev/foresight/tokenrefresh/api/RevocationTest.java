package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.OTHER;
import static dev.foresight.tokenrefresh.api.TokenRequests.OTHER_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.clientCredentials;
import static dev.foresight.tokenrefresh.api.TokenRequests.refresh;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevocationTest {
    @Inject
    TestDb db;
    @Inject
    EventPublisher events;
    @Inject
    ObjectMapper json;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    static ValidatableResponse call(String path, String clientId, String secret, String body) {
        return given().contentType(ContentType.URLENC)
                .body("client_id=" + clientId + "&client_secret=" + secret + body)
                .when().post(path).then();
    }

    @Test
    void introspectionShowsALiveAccessTokenAndRevocationEndsIt() throws Exception {
        var subscriber = events.subscribe(Channels.REVOCATIONS).subscribe().withSubscriber(AssertSubscriber.create(10));
        Thread.sleep(200);
        String access = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("access_token");

        call("/introspect", OPS, OPS_SECRET, "&token=" + access).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("active", equalTo(true))
                .body("client_id", equalTo(OPS))
                .body("sub", equalTo(OPS))
                .body("scope", equalTo("fleet:write monitor:write"))
                .body("token_type", equalTo("Bearer"))
                .body("iss", equalTo("https://foresight.local"))
                .body("aud", hasItem("foresight-monitor-trigger"));

        call("/revoke", OPS, OPS_SECRET, "&token=" + access + "&token_type_hint=access_token").statusCode(200);
        call("/introspect", OPS, OPS_SECRET, "&token=" + access).statusCode(200)
                .body("active", equalTo(false))
                .body("client_id", nullValue());

        JsonNode event = json.readTree(subscriber.awaitItems(1, Duration.ofSeconds(5)).getItems().get(0));
        assertEquals(OPS, event.get("clientId").asText());
        assertTrue(event.get("jti").isTextual());
        assertTrue(event.get("expiresAt").isIntegralNumber());
        assertTrue(event.get("issuedBefore").isNull());
        subscriber.cancel();
        assertEquals(1, db.count("SELECT count(*) FROM token_audit WHERE client_id = ? AND event = 'revocation'", OPS));
    }

    @Test
    void revokingARefreshTokenRevokesItsFamily() {
        JsonPath first = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().jsonPath();
        String rotated = refresh(OPS, OPS_SECRET, first.getString("refresh_token"), "").statusCode(200)
                .extract().path("refresh_token");
        call("/introspect", OPS, OPS_SECRET, "&token=" + rotated).statusCode(200)
                .body("active", equalTo(true)).body("token_type", equalTo("refresh_token"));

        call("/revoke", OPS, OPS_SECRET, "&token=" + rotated).statusCode(200);

        refresh(OPS, OPS_SECRET, rotated, "").statusCode(400).body("error", equalTo("invalid_grant"));
        call("/introspect", OPS, OPS_SECRET, "&token=" + rotated).statusCode(200).body("active", equalTo(false));
    }

    @Test
    void unknownAndForeignTokensAreAcceptedButChangeNothing() {
        String othersRefresh = clientCredentials(OTHER, OTHER_SECRET, "").statusCode(200).extract().path("refresh_token");
        call("/revoke", OPS, OPS_SECRET, "&token=not-a-token").statusCode(200);
        call("/revoke", OPS, OPS_SECRET, "&token=" + othersRefresh).statusCode(200);
        call("/revoke", OPS, OPS_SECRET, "&token=" + TestTokens.withScopes("fleet:write")).statusCode(200);
        refresh(OTHER, OTHER_SECRET, othersRefresh, "").statusCode(200);
        call("/introspect", OPS, OPS_SECRET, "&token=" + TestTokens.withScopes("fleet:write")).statusCode(200)
                .body("active", equalTo(false));
        call("/introspect", OPS, OPS_SECRET, "&token=" + othersRefresh).statusCode(200).body("active", equalTo(false));
    }

    @Test
    void theEndpointsNeedAnAuthenticatedClient() {
        call("/revoke", OPS, "wrong", "&token=x").statusCode(401).body("error", equalTo("invalid_client"));
        call("/introspect", OPS, "wrong", "&token=x").statusCode(401).body("error", equalTo("invalid_client"));
        call("/logout", OPS, "wrong", "").statusCode(401).body("error", equalTo("invalid_client"));
        call("/revoke", OPS, OPS_SECRET, "").statusCode(400).body("error", equalTo("invalid_request"));
        call("/introspect", OPS, OPS_SECRET, "&token=%zz").statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void logoutRevokesEveryFamilyAndEveryEarlierAccessToken() throws Exception {
        var subscriber = events.subscribe(Channels.REVOCATIONS).subscribe().withSubscriber(AssertSubscriber.create(10));
        Thread.sleep(200);
        JsonPath one = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().jsonPath();
        JsonPath two = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().jsonPath();
        String othersRefresh = clientCredentials(OTHER, OTHER_SECRET, "").statusCode(200).extract().path("refresh_token");
        Thread.sleep(1100); // issuedBefore has whole seconds: tokens of this second would survive

        call("/logout", OPS, OPS_SECRET, "").statusCode(200);

        refresh(OPS, OPS_SECRET, one.getString("refresh_token"), "").statusCode(400);
        refresh(OPS, OPS_SECRET, two.getString("refresh_token"), "").statusCode(400);
        call("/introspect", OPS, OPS_SECRET, "&token=" + one.getString("access_token")).statusCode(200)
                .body("active", equalTo(false));
        refresh(OTHER, OTHER_SECRET, othersRefresh, "").statusCode(200);
        JsonNode event = json.readTree(subscriber.awaitItems(1, Duration.ofSeconds(5)).getItems().get(0));
        assertEquals(OPS, event.get("clientId").asText());
        assertTrue(event.get("jti").isNull());
        assertTrue(event.get("issuedBefore").asLong() > 0);
        subscriber.cancel();
    }

    @Test
    void theAuditLogRecordsGrantsRefreshesReuseAndLogoutForAdminsOnly() {
        String first = clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("refresh_token");
        refresh(OPS, OPS_SECRET, first, "").statusCode(200);
        refresh(OPS, OPS_SECRET, first, "").statusCode(400);
        call("/logout", OPS, OPS_SECRET, "").statusCode(200);

        given().header("Authorization", TestTokens.bearer("clients:admin"))
                .when().get("/audit?client=" + OPS + "&limit=10")
                .then().statusCode(200)
                .body("event", equalTo(java.util.List.of("logout", "reuse_detected", "refresh", "grant")))
                .body("[3].details.grantType", equalTo("client_credentials"))
                .body("[2].details.scope", equalTo("fleet:write monitor:write"))
                .body("[2].details.family", equalTo(given().header("Authorization", TestTokens.bearer("clients:admin"))
                        .when().get("/audit?client=" + OPS + "&event=grant").then().extract().path("[0].details.family")));
        given().header("Authorization", TestTokens.bearer("clients:admin"))
                .when().get("/audit?client=" + OPS + "&event=refresh")
                .then().statusCode(200).body("$", hasSize(1));
        given().header("Authorization", TestTokens.bearer("clients:admin"))
                .when().get("/audit?limit=0")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("fleet:write"))
                .when().get("/audit").then().statusCode(403);
    }

}
