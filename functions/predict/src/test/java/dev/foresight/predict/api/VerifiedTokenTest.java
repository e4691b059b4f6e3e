package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is answered from memory on its next requests: the exact same text only,
 * with the same roles; anything else built from its parts is verified again and refused.
 */
@QuarkusTest
class VerifiedTokenTest {
    @Test
    void aVerifiedTokenIsAcceptedAgainWithItsRoles() {
        String reader = TestTokens.withScopes();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(reader).when().get("/predictions").then().statusCode(200);
            given().auth().oauth2(reader).contentType("application/json").body("{}")
                    .when().post("/predict").then().statusCode(403);
        }
    }

    @Test
    void anotherSignatureOrAnAlteredPayloadIsRefusedAfterTheGenuineTokenWasAccepted() {
        String genuine = TestTokens.withScopes("predict:write");
        String other = TestTokens.withScopes("predict:write");
        given().auth().oauth2(genuine).when().get("/predictions").then().statusCode(200);

        String[] parts = genuine.split("\\.");
        String foreignSignature = parts[0] + "." + parts[1] + "." + other.split("\\.")[2];
        given().auth().oauth2(foreignSignature).when().get("/predictions").then().statusCode(401);

        String reader = TestTokens.withScopes();
        String grafted = reader.split("\\.")[0] + "." + parts[1] + "." + reader.split("\\.")[2];
        given().auth().oauth2(grafted).when().get("/predictions").then().statusCode(401);

        given().auth().oauth2(genuine).when().get("/predictions").then().statusCode(200);
    }
}
