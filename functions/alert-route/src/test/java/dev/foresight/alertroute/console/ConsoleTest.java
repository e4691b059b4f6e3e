package dev.foresight.alertroute.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.foresight.alertroute.support.WebhookPort;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The web console is public (page, scripts, charting library, peer addresses); its data is not. */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class ConsoleTest {

    @Test
    void thePageIsServedAtTheRootWithoutATokenAndRunsOnlyItsOwnScripts() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://127.0.0.1:8081/token http://127.0.0.1:8082"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<script type=\"module\" src=\"/console/app.js\"></script>"))
                .body(containsString("id=\"login-form\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/console/app.js, javascript",
            "/console/session.js, javascript",
            "/console/stream.js, javascript",
            "/console/console.css, text/css",
            "/webjars/echarts/5.3.1/dist/echarts.min.js, javascript",
    })
    void itsAssetsAreServedWithoutAToken(String path, String type) {
        given().when().get(path).then().statusCode(200).contentType(containsString(type));
    }

    @Test
    void theConfigurationTellsThePageWhereItsPeersAre() {
        given().when().get("/console/config.json")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("tokenUrl", equalTo("http://127.0.0.1:8081/token"))
                .body("predictUrl", equalTo("http://127.0.0.1:8082"))
                .body("monitorUrl", equalTo("http://127.0.0.1:8085"))
                .body("embedUrl", equalTo("http://127.0.0.1:8084"));
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/alerts", "/alerts?status=active", "/alerts/1", "/stream/console-test"})
    void theDataBehindItStillNeedsAToken(String path) {
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void writingStaysProtectedOnPublicPaths() {
        given().contentType("application/json").body("{}").when().post("/alerts").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/console/config.json").then().statusCode(401);
    }

    @Test
    void theConsoleOriginMayCallAcrossOriginsAndOthersMayNot() {
        given().header("Origin", "http://localhost:8083")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/alerts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8083")
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/alerts")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
