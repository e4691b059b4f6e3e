package dev.foresight.monitortrigger.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class SnapshotResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ServiceRepository services;
    @Inject
    SnapshotRepository snapshots;

    private long rowsOf(String service) {
        return Db.read(() -> services.findByName(service).chain(s -> snapshots.count("serviceId", s.id)));
    }

    private static String entry(String service, String metrics) {
        return "{\"service\":\"" + service + "\"" + (metrics.isEmpty() ? "" : "," + metrics) + "}";
    }

    private static io.restassured.response.ValidatableResponse push(String body) {
        return given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body(body).when().post("/snapshots").then().log().ifValidationFails();
    }

    @Test
    void storesTheBatchAndDefaultsTheTime() {
        String name = Names.unique("pushed");
        Api.service(name, null);
        Instant before = Instant.now();
        push("{\"snapshots\":[" + entry(name, "\"time\":\"2025-01-01T10:00:00Z\",\"latencyMs\":120.5,\"errorRate\":0.01,"
                + "\"cpu\":0.4,\"memory\":0.5,\"health\":1,\"requestCount\":1000,\"metadata\":{\"region\":\"eu\"}")
                + "," + entry(name, "\"latencyMs\":130") + "]}")
                .statusCode(202)
                .body("accepted", equalTo(2));

        List<SnapshotEntity> rows = Db.read(() -> services.findByName(name).chain(s -> snapshots.recent(s.id, 10)));
        assertEquals(2, rows.size());
        SnapshotEntity dated = rows.get(0);
        assertEquals(OffsetDateTime.parse("2025-01-01T10:00:00Z").toInstant(), dated.time.toInstant());
        assertEquals(120.5, dated.latencyMs);
        assertEquals(1000L, dated.requestCount);
        assertEquals("eu", dated.metadata.get("region"));
        Instant defaulted = rows.get(1).time.toInstant();
        assertTrue(!defaulted.isBefore(before.minusSeconds(1)) && defaulted.isBefore(Instant.now().plusSeconds(1)),
                "time defaults to now, was " + defaulted);
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("negative latency", "\"latencyMs\":-1", "snapshots[1].latencyMs"),
                Arguments.of("NaN latency", "\"latencyMs\":\"NaN\"", "snapshots[1].latencyMs"),
                Arguments.of("Infinity cpu", "\"cpu\":\"Infinity\"", "snapshots[1].cpu"),
                Arguments.of("error rate above 1", "\"errorRate\":1.5", "snapshots[1].errorRate"),
                Arguments.of("negative memory", "\"memory\":-0.1", "snapshots[1].memory"),
                Arguments.of("health above 1", "\"health\":2", "snapshots[1].health"),
                Arguments.of("negative request count", "\"requestCount\":-5", "snapshots[1].requestCount"),
                Arguments.of("far in the future", "\"time\":\"" + Instant.now().plus(Duration.ofMinutes(10)) + "\"", "snapshots[1].time"),
                Arguments.of("not a time", "\"time\":\"yesterday\"", "snapshots[1].time"),
                Arguments.of("wrong type", "\"latencyMs\":\"slow\"", "snapshots[1].latencyMs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void oneBadEntryRejectsTheWholeBatch(String caseName, String badMetrics, String field) {
        String name = Names.unique("batch");
        Api.service(name, null);
        push("{\"snapshots\":[" + entry(name, "\"latencyMs\":100") + "," + entry(name, badMetrics) + "]}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
        assertEquals(0, rowsOf(name));
    }

    @Test
    void unknownServiceIsNamedByIndex() {
        String name = Names.unique("known");
        Api.service(name, null);
        push("{\"snapshots\":[" + entry(name, "\"cpu\":0.2") + "," + entry("ghost-" + name, "\"cpu\":0.2") + "]}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("snapshots[1].service"))
                .body("errors[0].rule", equalTo("unknown service \"ghost-" + name + "\""));
        assertEquals(0, rowsOf(name));
    }

    @Test
    void missingServiceAndNullEntryAreNamed() {
        push("{\"snapshots\":[{\"cpu\":0.2},null]}")
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("snapshots[0].service", "snapshots[1]")));
    }

    static Stream<Arguments> badBatches() {
        return Stream.of(
                Arguments.of("empty object", "{}", 400),
                Arguments.of("empty list", "{\"snapshots\":[]}", 400),
                Arguments.of("not a list", "{\"snapshots\":{\"service\":\"x\"}}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBatches")
    void batchShapeIsChecked(String caseName, String body, int status) {
        push(body).statusCode(status).contentType(PROBLEM).body("errors[0].field", equalTo("snapshots"));
    }

    @Test
    void oversizeBatchIsTooLargeAndStoresNothing() {
        String name = Names.unique("big");
        Api.service(name, null);
        String entries = IntStream.range(0, SnapshotRules.MAX_BATCH + 1)
                .mapToObj(i -> entry(name, "\"requestCount\":" + i)).collect(Collectors.joining(","));
        push("{\"snapshots\":[" + entries + "]}")
                .statusCode(413).contentType(PROBLEM)
                .body("errors[0].field", equalTo("snapshots"));
        assertEquals(0, rowsOf(name));
    }

    @Test
    void pushingNeedsFleetWrite() {
        String name = Names.unique("scoped");
        Api.service(name, null);
        String body = "{\"snapshots\":[" + entry(name, "\"cpu\":0.2") + "]}";
        given().contentType(ContentType.JSON).body(body).when().post("/snapshots").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("alerts:write")).contentType(ContentType.JSON).body(body)
                .when().post("/snapshots").then().statusCode(403);
        assertEquals(0, rowsOf(name));
    }
}
