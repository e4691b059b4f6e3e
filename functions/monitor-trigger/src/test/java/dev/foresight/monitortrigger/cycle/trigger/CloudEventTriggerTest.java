package dev.foresight.monitortrigger.cycle.trigger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.foresight.monitortrigger.cycle.CycleResource;
import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.RecordingUpstream;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Knative PingSource's CloudEvent triggers a cycle in binary and structured mode, and a
 * retried delivery of the same event answers the first cycle's report instead of running again.
 */
@QuarkusTest
class CloudEventTriggerTest {
    private static final String TEST_LOCK = "foresight:lock:monitor-cycle:test";
    private static final String PING_SOURCE = "/apis/v1/namespaces/foresight/pingsources/monitor-cycle";
    private static RecordingUpstream upstream;

    @Inject
    RedisDataSource redis;

    @BeforeAll
    static void startUpstream() throws Exception {
        Config config = ConfigProvider.getConfig();
        upstream = RecordingUpstream.start(
                URI.create(config.getValue("foresight.monitor-trigger.predict-url", String.class)).getPort(),
                config.getValue("foresight.monitor-trigger.client-id", String.class),
                config.getValue("foresight.monitor-trigger.client-secret", String.class));
    }

    @AfterAll
    static void stopUpstream() {
        if (upstream != null) {
            upstream.close();
        }
    }

    private static RequestSpecification authorized() {
        return given().header("Authorization", TestTokens.bearer(Api.MONITOR_WRITE));
    }

    /** As a PingSource sends it: attributes in ce-* headers, its data as the body. */
    private static Response binary(String id) {
        return authorized()
                .header("ce-id", id).header("ce-source", PING_SOURCE).header("ce-type", "dev.knative.sources.ping")
                .header("ce-specversion", "1.0").header("ce-time", "2026-12-03T06:00:00Z")
                .contentType("application/json").body("{\"reason\":\"every minute\"}")
                .when().post("/monitor-trigger");
    }

    private static Response structured(String id) {
        return authorized().contentType("application/cloudevents+json; charset=utf-8")
                .body("{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + PING_SOURCE + "\","
                        + "\"type\":\"dev.knative.sources.ping\",\"datacontenttype\":\"application/json\",\"data\":{}}")
                .when().post("/monitor-trigger");
    }

    @Test
    void aBinaryModeEventRunsOneCycleAndItsRetryGetsTheSameReport() {
        String id = UUID.randomUUID().toString();
        Response first = binary(id).then().statusCode(200).extract().response();
        assertNull(first.header(CycleResource.REPLAYED));
        String cycleId = first.jsonPath().getString("cycleId");

        Response retried = binary(id).then().statusCode(200).header(CycleResource.REPLAYED, "true").extract().response();
        assertEquals(first.asString(), retried.asString(), "the first cycle's report, byte for byte");

        String next = binary(UUID.randomUUID().toString()).then().statusCode(200).extract().jsonPath().getString("cycleId");
        assertNotEquals(cycleId, next, "another event id is another cycle");
    }

    @Test
    void aStructuredModeEventRunsOneCycleAndItsRetryGetsTheSameReport() {
        String id = UUID.randomUUID().toString();
        String cycleId = structured(id).then().statusCode(200).extract().jsonPath().getString("cycleId");
        structured(id).then().statusCode(200).header(CycleResource.REPLAYED, "true").body("cycleId", equalTo(cycleId));
        // the same event in the other mode is the same event
        binary(id).then().statusCode(200).header(CycleResource.REPLAYED, "true").body("cycleId", equalTo(cycleId));
    }

    @Test
    void aPlainTriggerWithACycleIdIsIdempotentToo() {
        String body = "{\"cycleId\":\"cron-" + UUID.randomUUID() + "\"}";
        String cycleId = authorized().contentType("application/json").body(body).when().post("/monitor-trigger")
                .then().statusCode(200).extract().jsonPath().getString("cycleId");
        authorized().contentType("application/json").body(body).when().post("/monitor-trigger")
                .then().statusCode(200).header(CycleResource.REPLAYED, "true").body("cycleId", equalTo(cycleId));
    }

    @Test
    void anEventThatFoundACycleRunningIsRunWhenRetried() {
        String id = UUID.randomUUID().toString();
        redis.value(String.class).set(TEST_LOCK, "another-instance");
        try {
            binary(id).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("cycle already running"));
        } finally {
            redis.key(String.class).del(TEST_LOCK);
        }
        binary(id).then().statusCode(200).header(CycleResource.REPLAYED, (String) null);
    }

    @Test
    void invalidEventsAreRefusedNamingTheAttribute() {
        authorized().header("ce-id", "x").header("ce-source", PING_SOURCE).header("ce-specversion", "1.0")
                .contentType("application/json").body("{}")
                .when().post("/monitor-trigger")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ce-type")).body("errors[0].rule", equalTo("is required"));
        authorized().header("ce-id", "x").header("ce-source", PING_SOURCE).header("ce-type", "t")
                .header("ce-specversion", "0.3").contentType("application/json").body("{}")
                .when().post("/monitor-trigger")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ce-specversion"))
                .body("errors[0].rule", equalTo("must be \"1.0\", not \"0.3\""));
        authorized().contentType("application/cloudevents+json")
                .body("{\"specversion\":\"1.0\",\"source\":\"s\",\"type\":\"t\"}")
                .when().post("/monitor-trigger")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id")).body("errors[0].rule", equalTo("is required"));
    }

    @Test
    void aCloudEventStillNeedsTheScope() {
        given().header("ce-id", "x").header("ce-source", PING_SOURCE).header("ce-type", "t").header("ce-specversion", "1.0")
                .when().post("/monitor-trigger").then().statusCode(401);
    }
}
