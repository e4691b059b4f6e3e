package dev.foresight.monitortrigger.testing;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fleet API as a client uses it, for arranging test scenarios. */
public final class Api {
    public static final String FLEET_WRITE = "fleet:write";
    public static final String MONITOR_WRITE = "monitor:write";

    private Api() {}

    public static void service(String name, String healthUrl) {
        Map<String, Object> body = healthUrl == null ? Map.of("name", name) : Map.of("name", name, "healthUrl", healthUrl);
        given().header("Authorization", TestTokens.bearer(FLEET_WRITE)).contentType(ContentType.JSON).body(body)
                .when().post("/services").then().statusCode(201);
    }

    public static void service(String name, String healthUrl, String runbookUrl) {
        given().header("Authorization", TestTokens.bearer(FLEET_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "healthUrl", healthUrl, "runbookUrl", runbookUrl))
                .when().post("/services").then().statusCode(201);
    }

    public static void dependency(String service, String dependsOn, String kind, double weight) {
        given().header("Authorization", TestTokens.bearer(FLEET_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("service", service, "dependsOn", dependsOn, "kind", kind, "weight", weight))
                .when().post("/dependencies").then().statusCode(201);
    }

    /** {@code n} one-minute-apart snapshots of a slowly degrading service, the last one now. */
    public static void snapshots(String service, int n) {
        Instant now = Instant.now();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Map.of("service", service, "time", now.minusSeconds(60L * (n - 1 - i)).toString(),
                    "health", 1.0, "latencyMs", 200.0 + 30 * i, "errorRate", 0.01, "cpu", 0.5, "memory", 0.6,
                    "requestCount", 1200));
        }
        given().header("Authorization", TestTokens.bearer(FLEET_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("snapshots", list))
                .when().post("/snapshots").then().statusCode(202);
    }
}
