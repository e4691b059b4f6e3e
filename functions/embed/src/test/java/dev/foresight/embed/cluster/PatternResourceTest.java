package dev.foresight.embed.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PatternResourceTest {
    static final List<String> REFUSED = List.of(
            "Connection refused: db-1.internal:5432 after 3 retries",
            "Connection refused: db-2.internal:5433 after 5 retries",
            "Connection refused: 10.0.0.7:5432 after 1 retries");
    static final List<String> DISK = List.of(
            "No space left on device: /var/log/app.log",
            "No space left on device: /var/log/nginx/access.log");

    @Test
    void groupsTextsByTemplate() {
        List<String> texts = List.of(REFUSED.get(0), DISK.get(0), REFUSED.get(1), DISK.get(1), REFUSED.get(2));

        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", texts))
                .when().post("/patterns")
                .then().statusCode(200)
                .body("threshold", equalTo(1.0f))
                .body("patterns", hasSize(2))
                .body("patterns[0].size", equalTo(3))
                .body("patterns[0].template", equalTo("Connection refused: <*> after <*> retries"))
                .body("patterns[0].representative", equalTo(REFUSED.get(0)))
                .body("patterns[0].members", contains(REFUSED.toArray()))
                .body("patterns[1].template", equalTo("No space left on device: <*>"))
                .body("patterns[1].members", contains(DISK.toArray()));
    }

    @Test
    void aDifferentWordIsADifferentPatternAtTheDefault() {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("user alice logged in from the console",
                        "user bob logged in from the console")))
                .when().post("/patterns")
                .then().statusCode(200)
                .body("patterns", hasSize(2))
                .body("patterns[0].template", equalTo("user alice logged in from the console"));
    }

    @Test
    void aLowerThresholdTurnsDifferingWordsIntoVariables() {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("user alice logged in from the console",
                        "user bob logged in from the console"), "threshold", 0.8))
                .when().post("/patterns")
                .then().statusCode(200)
                .body("threshold", equalTo(0.8f))
                .body("patterns", hasSize(1))
                .body("patterns[0].size", equalTo(2))
                .body("patterns[0].template", equalTo("user <*> logged in from the console"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "threshold zero          | {\"texts\":[\"a\"],\"threshold\":0}      | threshold",
        "threshold above one     | {\"texts\":[\"a\"],\"threshold\":1.5}    | threshold",
        "threshold negative      | {\"texts\":[\"a\"],\"threshold\":-0.2}   | threshold",
        "threshold as string     | {\"texts\":[\"a\"],\"threshold\":\"0.5\"} | threshold",
        "threshold NaN as string | {\"texts\":[\"a\"],\"threshold\":\"NaN\"} | threshold",
        "threshold not a number  | {\"texts\":[\"a\"],\"threshold\":NaN}    | body",
        "no texts                | {\"texts\":[]}                         | texts",
        "blank text              | {\"texts\":[\"a\",\"\"]}               | texts[1]"
    })
    void badInputIsAProblem(String name, String body, String field) {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON).body(body)
                .when().post("/patterns")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void tooManyTextsIsAProblem() {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", Collections.nCopies(257, "a")))
                .when().post("/patterns")
                .then().statusCode(400).body("errors[0].field", equalTo("texts"));
    }

    @Test
    void needsAToken() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of("a")))
                .when().post("/patterns").then().statusCode(401);
    }
}
