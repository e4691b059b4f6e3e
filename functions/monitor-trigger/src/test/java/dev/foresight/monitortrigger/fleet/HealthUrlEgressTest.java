package dev.foresight.monitortrigger.fleet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.foresight.monitortrigger.cycle.collect.HealthProbe;
import dev.foresight.monitortrigger.cycle.collect.ProbeResult;
import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Health URLs pass the egress policy (the test profile allows loopback only) at registration and at every probe. */
@QuarkusTest
class HealthUrlEgressTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ServiceRepository services;
    @Inject
    HealthProbe probe;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://169.254.169.254/latest/meta-data/ | must not target a cloud metadata address (169.254.169.254)
            http://metadata.google.internal/         | must not target a cloud metadata address (metadata.google.internal)
            http://10.0.0.7:6379/                    | must not target a private address (10.0.0.7)
            http://[::ffff:192.168.0.1]/health       | must not target a private address (192.168.0.1)
            http://2852039166/                       | must not target a cloud metadata address (169.254.169.254 written as 2852039166)
            http://[fe80::1]/                        | must not target a link-local address (fe80:0:0:0:0:0:0:1)
            """)
    void aRefusedHealthUrlIsABadRequestAndNothingIsStored(String url, String rule) {
        String name = Names.unique("egress");
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"healthUrl\":\"" + url + "\"}")
                .when().post("/services")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("healthUrl"))
                .body("errors[0].rule", equalTo(rule))
                .body("detail", equalTo("healthUrl: " + rule));
        assertEquals(0, Db.read(() -> services.count("name", name)));
    }

    @Test
    void anUpdateToARefusedHealthUrlChangesNothing() {
        String name = Names.unique("egress");
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"healthUrl\":\"http://127.0.0.1:9/health\"}")
                .when().post("/services").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"healthUrl\":\"http://172.16.5.4/health\"}")
                .when().put("/services/" + name)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].rule", equalTo("must not target a private address (172.16.5.4)"));
        given().header("Authorization", TestTokens.bearer()).when().get("/services/" + name)
                .then().statusCode(200).body("healthUrl", equalTo("http://127.0.0.1:9/health"));
    }

    /** A URL stored before the policy (or whose name now resolves elsewhere) is judged again and not fetched. */
    @Test
    void aStoredUrlTheEgressPolicyRefusesIsAFailedProbe() {
        ProbeResult result = probe.check("http://169.254.169.254/latest/meta-data/").await().atMost(Duration.ofSeconds(5));
        assertFalse(result.healthy());
        assertEquals("EgressRefused: refused by the egress policy: must not target a cloud metadata address (169.254.169.254)",
                result.error());
        assertEquals(null, result.status());
    }
}
