package dev.foresight.monitortrigger.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GET /snapshots: newest first, filtered by service and time, bounded by limit. */
@QuarkusTest
class SnapshotListTest {
    private static ValidatableResponse list(String query) {
        return given().header("Authorization", TestTokens.bearer())
                .when().get("/snapshots" + query).then().log().ifValidationFails();
    }

    @Test
    void listsAServiceNewestFirst() {
        String name = Names.unique("listed");
        Api.service(name, null);
        Api.snapshots(name, 5);
        list("?service=" + name).statusCode(200)
                .body("", hasSize(5))
                .body("service", everyItem(equalTo(name)))
                .body("latencyMs", contains(320.0f, 290.0f, 260.0f, 230.0f, 200.0f));
        list("?service=" + name + "&limit=2").statusCode(200)
                .body("latencyMs", contains(320.0f, 290.0f));
        String since = Instant.now().minus(150, ChronoUnit.SECONDS).toString();
        list("?service=" + name + "&since=" + since).statusCode(200)
                .body("latencyMs", contains(320.0f, 290.0f, 260.0f));
    }

    @Test
    void withoutAServiceListsTheWholeFleet() {
        String name = Names.unique("fleetwide");
        Api.service(name, null);
        Api.snapshots(name, 1);
        list("?limit=1000").statusCode(200).body("findAll { it.service == '" + name + "' }", hasSize(1));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("limit zero", "?limit=0", 400, "limit"),
                Arguments.of("limit above 1000", "?limit=1001", 400, "limit"),
                Arguments.of("limit not a number", "?limit=ten", 400, "limit"),
                Arguments.of("since not a date", "?since=yesterday", 400, "since"),
                Arguments.of("malformed service", "?service=a%20b", 400, "service"),
                Arguments.of("unknown service", "?service=ghost-" + Names.unique("x"), 404, "service"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void badQueryIsAProblemNamingTheParameter(String caseName, String query, int status, String field) {
        list(query).statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void readingNeedsAToken() {
        given().when().get("/snapshots").then().statusCode(401);
    }
}
