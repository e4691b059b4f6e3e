package dev.foresight.embed.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
    static final List<String> CONNECTION = List.of(
            "Connection refused: db-primary.internal:5432",
            "connection refused while connecting to db-replica.internal:5432",
            "could not connect to server db-primary.internal port 5432: Connection refused");
    static final List<String> DISK = List.of(
            "No space left on device: /var/log/app.log",
            "disk full: no space left on device writing /var/log/nginx/access.log");

    @Test
    void groupsTextsThatMeanTheSame() {
        List<String> texts = List.of(CONNECTION.get(0), DISK.get(0), CONNECTION.get(1), DISK.get(1), CONNECTION.get(2));

        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", texts, "threshold", 0.6))
                .when().post("/patterns")
                .then().statusCode(200)
                .body("threshold", equalTo(0.6f))
                .body("patterns", hasSize(2))
                .body("patterns[0].size", equalTo(3))
                .body("patterns[0].members", containsInAnyOrder(CONNECTION.toArray()))
                .body("patterns[1].members", containsInAnyOrder(DISK.toArray()));
    }

    @Test
    void aStrictThresholdKeepsEveryTextApart() {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", CONNECTION, "threshold", 0.999))
                .when().post("/patterns")
                .then().statusCode(200)
                .body("patterns", hasSize(3))
                .body("patterns[0].representative", equalTo(CONNECTION.get(0)));
    }

    @Test
    void usesTheConfiguredThresholdByDefault() {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", List.of(DISK.get(0), DISK.get(0))))
                .when().post("/patterns")
                .then().statusCode(200)
                .body("threshold", equalTo(0.75f))
                .body("patterns", hasSize(1))
                .body("patterns[0].size", equalTo(2));
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
