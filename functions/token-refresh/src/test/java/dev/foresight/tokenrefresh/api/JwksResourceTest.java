package dev.foresight.tokenrefresh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.jose4j.jwk.JsonWebKey;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JwksResourceTest {

    @Test
    void servesThePublicKeyWithoutAToken() {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].e", equalTo("AQAB"))
                .body("keys[0].d", nullValue())
                .body("keys[0].p", nullValue());
    }

    @Test
    void kidIsTheThumbprintOfTheServedKey() {
        JsonWebKey key = Jwks.fetch().keys().getJsonWebKeys().get(0);
        assertEquals(key.calculateBase64urlEncodedThumbprint("SHA-256"), key.getKeyId());
    }
}
