package dev.foresight.tokenrefresh.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The token requests the tests make, with the clients the %test profile seeds. */
final class TokenRequests {
    static final String OPS = "tr-test-ops";
    static final String OPS_SECRET = "ops-secret-for-tests-0001";
    static final String OTHER = "tr-test-other";
    static final String OTHER_SECRET = "other-secret-for-tests-0002";

    private TokenRequests() {}

    static ValidatableResponse post(String body) {
        return given().contentType(ContentType.URLENC).body(body).when().post("/token").then();
    }

    static ValidatableResponse clientCredentials(String clientId, String secret, String extra) {
        return post("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret + extra);
    }

    static ValidatableResponse refresh(String clientId, String secret, String refreshToken, String extra) {
        return post("grant_type=refresh_token&client_id=" + clientId + "&client_secret=" + secret
                + "&refresh_token=" + refreshToken + extra);
    }

    /** A fresh refresh token of a new family of the ops client. */
    static String opsRefreshToken() {
        return clientCredentials(OPS, OPS_SECRET, "").statusCode(200).extract().path("refresh_token");
    }
}
