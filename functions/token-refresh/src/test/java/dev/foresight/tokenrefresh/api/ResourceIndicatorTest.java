package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.clientCredentials;
import static dev.foresight.tokenrefresh.api.TokenRequests.refresh;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.testing.TestTokens;
import dev.foresight.tokenrefresh.oauth.ErrorDescription;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 8707 resource indicators on /token: {@code resource} picks the token's aud; a refresh only narrows it. */
@QuarkusTest
class ResourceIndicatorTest {
    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void resourceNarrowsTheAudienceToTheNamedFunctions() throws Exception {
        JsonPath body = clientCredentials(OPS, OPS_SECRET, "&resource=foresight-predict&resource=alert-route")
                .statusCode(200).extract().jsonPath();
        assertEquals(Set.of("foresight-predict", "foresight-alert-route"), audience(body));
    }

    @Test
    void withoutResourceTheTokenIsForTheWholeFleet() throws Exception {
        assertEquals(TestTokens.FLEET, audience(clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().jsonPath()));
    }

    @Test
    void anUnknownResourceIsInvalidTargetAndNothingIsStored() {
        String description = clientCredentials(OPS, OPS_SECRET, "&resource=foresight-predict&resource=%22evil%5C%0A")
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_target"))
                .body("error_description", containsString("is not a Foresight function"))
                .extract().path("error_description");
        assertTrue(ErrorDescription.allowed(description), description);
        assertEquals(0, db.count("SELECT count(*) FROM refresh_tokens WHERE client_id = ?", OPS));
    }

    @Test
    void refreshNarrowsWithResourceAndAnUnknownOneLeavesTheTokenUsable() throws Exception {
        String first = clientCredentials(OPS, OPS_SECRET, "&resource=foresight-predict").statusCode(200)
                .extract().path("refresh_token");
        refresh(OPS, OPS_SECRET, first, "&resource=nope").statusCode(400).body("error", equalTo("invalid_target"));

        JsonPath rotated = refresh(OPS, OPS_SECRET, first, "&resource=predict").statusCode(200).extract().jsonPath();
        assertEquals(Set.of("foresight-predict"), audience(rotated));
    }

    @Test
    void aRefreshKeepsTheFamilysAudienceAndCannotWidenIt() throws Exception {
        String first = clientCredentials(OPS, OPS_SECRET, "&resource=predict&resource=embed").statusCode(200)
                .extract().path("refresh_token");

        String description = refresh(OPS, OPS_SECRET, first, "&resource=predict&resource=token-refresh")
                .statusCode(400).body("error", equalTo("invalid_target"))
                .extract().path("error_description");
        assertTrue(description.contains("foresight-token-refresh was not granted"), description);
        assertTrue(ErrorDescription.allowed(description), description);

        // still usable after the refusal; without resource the family's audience, not the fleet
        JsonPath kept = refresh(OPS, OPS_SECRET, first, "").statusCode(200).extract().jsonPath();
        assertEquals(Set.of("foresight-predict", "foresight-embed"), audience(kept));
        // and its successor inherits it
        JsonPath next = refresh(OPS, OPS_SECRET, kept.getString("refresh_token"), "&resource=embed").statusCode(200)
                .extract().jsonPath();
        assertEquals(Set.of("foresight-embed"), audience(next));
        refresh(OPS, OPS_SECRET, next.getString("refresh_token"), "&resource=alert-route").statusCode(400)
                .body("error", equalTo("invalid_target"));
    }

    private static Set<String> audience(JsonPath body) throws Exception {
        return Set.copyOf(Jwks.fetch().verify(body.getString("access_token")).getJwtClaims().getAudience());
    }
}
