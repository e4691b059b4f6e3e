package dev.foresight.monitortrigger.fleet.declared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.FleetVersions;
import dev.foresight.shared.fleet.FleetVersionRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** monitor-trigger started with {@code foresight.monitor-trigger.fleet.file}: the file is the declared fleet. */
@QuarkusTest
@TestProfile(FleetFileStartupTest.WithFleetFile.class)
class FleetFileStartupTest {
    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final String WEB = "web-" + RUN;
    static final String DB = "db-" + RUN;
    static Path file;

    public static class WithFleetFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                file = Files.createTempFile("fleet-", ".yaml");
                Files.writeString(file, """
                        services:
                          - name: %s
                            runbookUrl: https://runbooks.example.com/web
                            limits: {latencySloMs: 700}
                          - name: %s
                        dependencies:
                          - {from: %s, to: %s, kind: critical}
                        """.formatted(WEB, DB, WEB, DB));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("foresight.monitor-trigger.fleet.file", file.toString());
        }
    }

    @Inject
    FleetVersionRepository versions;

    @AfterEach
    void forget() {
        FleetVersions.forget(versions);
    }

    @Test
    void theFileIsDeclaredAndGuardsTheRegistrations() {
        given().header("Authorization", TestTokens.bearer()).when().get("/fleet").then().statusCode(200)
                .body("origin", equalTo("file")).body("filePath", equalTo(file.toAbsolutePath().toString()))
                .body("current", equalTo(true));
        List<String> names = given().header("Authorization", TestTokens.bearer()).when().get("/services").then().statusCode(200)
                .extract().jsonPath().getList("name", String.class);
        assertEquals(List.of(DB, WEB), names.stream().sorted().toList());
        given().header("Authorization", TestTokens.bearer()).when().get("/services/" + WEB).then()
                .body("latencySloMs", equalTo(700f)).body("runbookUrl", equalTo("https://runbooks.example.com/web"));
        given().header("Authorization", TestTokens.bearer()).when().get("/dependencies").then()
                .body("$", hasSize(1)).body("[0].service", equalTo(WEB)).body("[0].kind", equalTo("critical"));
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("name", "other-" + RUN)).when().post("/services").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("the fleet is declared by fleet version 1 (file " + file.toAbsolutePath() + ")"));
    }
}
